import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { session, type Schemas } from '../../api/client';
import { fakeApi, json } from '../../test/fake-api';
import { exerciseDetail, instructor, paged } from '../../test/fixtures';
import { renderApp } from '../../test/render';

// CodeMirror is not what these pages are tested for, and it is slow to start in jsdom.
vi.mock('../../components/code-editor/lazy-code-editor', () => ({
  LazyCodeEditor: ({ label, value }: { label: string; value: string }) => (
    <textarea aria-label={label} value={value} readOnly />
  ),
}));

afterEach(() => session.end('signed-out'));

function topic(slug: string, title: string, origin: Schemas['OriginEnum']): Schemas['TopicSummary'] {
  return { slug, title, summary: '', order: 1, prerequisites: [], published: true, exercise_count: 1, origin };
}

function summary(
  slug: string,
  title: string,
  topicSlug: string,
  origin: Schemas['OriginEnum'],
): Schemas['ExerciseSummary'] {
  return {
    slug,
    title,
    topic: topicSlug,
    kind: 'code',
    difficulty: 'easy',
    points: 10,
    order: 1,
    published: origin === 'files',
    origin,
  };
}

const detail = exerciseDetail({
  slug: 'fizzbuzz',
  title: 'FizzBuzz',
  topic: 'python',
  topic_title: 'Python basics',
  kind: 'code',
  difficulty: 'easy',
  points: 10,
  order: 1,
  published: true,
  prompt_markdown: 'Write it.',
  prompt_html: '<p>Write it.</p>',
  hints: [],
  limits: { time_ms: 2000, memory_mb: 256, output_kb: 64 },
  spec: { kind: 'code', starter: 'def fizzbuzz(n):\n    pass\n', examples: [] },
  private_spec: {
    kind: 'code',
    solution: 'def fizzbuzz(n): ...\n',
    harness: '',
    tests: [{ name: 'three', hidden: false, call: 'fizzbuzz', args: [3], expect: 'Fizz', compare: 'exact' }],
  },
  tests_version: 1,
  origin: 'files',
});

const curriculum = {
  'GET /api/v1/me/': () => instructor,
  'GET /api/v1/topics/': () => paged([topic('python', 'Python basics', 'files'), topic('mine', 'My topic', 'api')]),
  'GET /api/v1/exercises/': () =>
    paged([summary('fizzbuzz', 'FizzBuzz', 'python', 'files'), summary('draft-one', 'My draft', 'mine', 'api')]),
};

// The first test also loads the routes' modules, which takes seconds on a busy machine.
describe('the authoring pages', { timeout: 15_000 }, () => {
  it('list every topic and exercise, mark the rows the files own and link the others to their forms', async () => {
    fakeApi(curriculum);
    renderApp('/instructor/content');
    const mine = (await screen.findByText('My topic')).closest('section')!;
    const files = screen.getByText('Python basics').closest('section')!;

    expect(within(files).getAllByText('Managed by the curriculum files: read-only')).toHaveLength(2);
    expect(within(files).queryByText('Edit')).not.toBeInTheDocument();
    expect(within(mine).queryByText('Managed by the curriculum files: read-only')).not.toBeInTheDocument();
    expect(within(mine).getByText('Draft')).toBeInTheDocument();
    expect(within(mine).getByRole('link', { name: 'Edit My draft' })).toHaveAttribute(
      'href',
      '/instructor/content/exercises/draft-one',
    );
    expect(within(mine).getByRole('link', { name: 'New exercise in My topic' })).toHaveAttribute(
      'href',
      '/instructor/content/exercises/new?topic=mine',
    );
    expect(screen.getByRole('link', { name: 'Content' })).toHaveAttribute('aria-current', 'page');
  });

  it('previews the lesson as the server renders it, then creates the topic', async () => {
    const api = fakeApi({
      ...curriculum,
      'POST /api/v1/markdown/preview/': () => ({ html: '<h1>Loops</h1><p>Use <strong>for</strong>.</p>' }),
      'POST /api/v1/topics/': () =>
        json(201, {
          ...topic('loops', 'Loops', 'api'),
          lesson_markdown: '',
          lesson_html: '',
          exercises: [],
          created_at: '',
          updated_at: '',
        }),
    });
    renderApp('/instructor/content/topics/new');
    const lesson = await screen.findByLabelText('Lesson (Markdown)');
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Loops' } });
    fireEvent.change(screen.getByLabelText('Slug'), { target: { value: 'loops' } });
    fireEvent.click(screen.getByLabelText('Python basics'));
    fireEvent.change(lesson, { target: { value: '# Loops\n\nUse **for**.' } });
    fireEvent.click(screen.getByText('Preview'));

    const preview = await screen.findByRole('region', { name: 'Lesson (Markdown): preview' });
    expect(await within(preview).findByRole('heading', { name: 'Loops' })).toBeInTheDocument();
    expect(lesson).not.toBeVisible();
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ markdown: '# Loops\n\nUse **for**.' });

    fireEvent.click(screen.getByText('Create topic'));
    expect(await screen.findByText('My topic')).toBeInTheDocument();
    expect(api.calls.find((c) => c.path === '/api/v1/topics/' && c.method === 'POST')?.body).toEqual({
      slug: 'loops',
      title: 'Loops',
      summary: '',
      order: 0,
      prerequisites: ['python'],
      published: false,
      lesson_markdown: '# Loops\n\nUse **for**.',
    });
  });

  it('opens an exercise the files own read-only, saying why, with the place for a copy', async () => {
    fakeApi({ ...curriculum, 'GET /api/v1/exercises/fizzbuzz/': () => detail });
    renderApp('/instructor/content/exercises/fizzbuzz');
    const notice = await screen.findByRole('note', { name: 'Read-only' });
    expect(notice).toHaveTextContent('comes from the curriculum files');
    expect(notice.querySelector('[data-copy-exercise="fizzbuzz"]')).not.toBeNull();
    expect(screen.getByLabelText('Title')).toHaveValue('FizzBuzz');
    expect(screen.getByLabelText('Title')).toBeDisabled();
    expect(screen.queryByText('Save exercise')).not.toBeInTheDocument();
    expect(screen.queryByText('Check', { selector: 'h2' })).not.toBeInTheDocument();
  });

  it('opens an exercise made here for editing, with its check panel, and shows a refused save', async () => {
    fakeApi({
      ...curriculum,
      'GET /api/v1/exercises/fizzbuzz/': () => ({ ...detail, origin: 'api' }),
      'PATCH /api/v1/exercises/fizzbuzz/': () =>
        json(400, { code: 'invalid', detail: 'The request is not valid.', errors: { title: ['Too short.'] } }),
    });
    renderApp('/instructor/content/exercises/fizzbuzz');
    fireEvent.click(await screen.findByText('Save exercise'));
    expect(await screen.findByText('Too short.', { selector: '.field__error' })).toBeInTheDocument();
    expect(screen.getByText('Check', { selector: 'h2' })).toBeInTheDocument();
    expect(screen.queryByRole('note', { name: 'Read-only' })).not.toBeInTheDocument();
  });
});
