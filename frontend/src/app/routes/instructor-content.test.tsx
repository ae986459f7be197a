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

const mine = { ...detail, origin: 'api' as const, can_edit: true };

function check(overrides: Partial<Schemas['ExerciseCheck']>): Schemas['ExerciseCheck'] {
  return {
    id: 7,
    exercise: 'fizzbuzz',
    status: 'done',
    passed: true,
    is_current: true,
    tests_version: 1,
    checked: 2,
    total: 2,
    results: [],
    problems: [],
    error: '',
    created_at: '2026-01-01T00:00:00Z',
    finished_at: '2026-01-01T00:00:01Z',
    ...overrides,
  };
}

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
      'GET /api/v1/exercises/fizzbuzz/': () => mine,
      'GET /api/v1/exercises/fizzbuzz/checks/': () => paged([]),
      'PATCH /api/v1/exercises/fizzbuzz/': () =>
        json(400, { code: 'invalid', detail: 'The request is not valid.', errors: { title: ['Too short.'] } }),
    });
    renderApp('/instructor/content/exercises/fizzbuzz');
    fireEvent.click(await screen.findByText('Save exercise'));
    expect(await screen.findByText('Too short.', { selector: '.field__error' })).toBeInTheDocument();
    expect(screen.getByText('Check', { selector: 'h2' })).toBeInTheDocument();
    expect(screen.queryByRole('note', { name: 'Read-only' })).not.toBeInTheDocument();
  });

  it('runs Check, shows its progress, then the reference’s failing test by name', async () => {
    const reference = {
      role: 'reference' as const,
      name: 'reference solution',
      must_pass: true,
      error: '',
    };
    const starter = { role: 'starter' as const, name: 'starter', must_pass: false, error: '' };
    let reads = 0;
    const api = fakeApi({
      ...curriculum,
      'GET /api/v1/exercises/fizzbuzz/': () => mine,
      // The first read finds no check; the next ones find it finished.
      'GET /api/v1/exercises/fizzbuzz/checks/': () =>
        reads++ === 0
          ? paged([])
          : paged([
              check({
                passed: false,
                results: [
                  {
                    ...reference,
                    ok: false,
                    verdict: 'wrong_answer',
                    failing_tests: [{ name: 'three', status: 'fail', message: "Expected 'Fizz', got None." }],
                  },
                  { ...starter, ok: true, verdict: 'wrong_answer', failing_tests: [] },
                ],
                problems: ['The reference solution fails the test three.'],
              }),
            ]),
      'POST /api/v1/exercises/fizzbuzz/checks/': () =>
        json(
          201,
          check({
            status: 'running',
            passed: null,
            checked: 1,
            total: 2,
            finished_at: null,
            results: [
              { ...reference, ok: null, verdict: '', failing_tests: [] },
              { ...starter, ok: true, verdict: 'wrong_answer', failing_tests: [] },
            ],
          }),
        ),
    });
    renderApp('/instructor/content/exercises/fizzbuzz');
    expect(await screen.findByText('Not checked yet.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));

    expect(await screen.findByText('1 of 2 answers checked')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Answers checked' })).toHaveAttribute('aria-valuenow', '1');
    expect(screen.queryByRole('button', { name: 'Check' })).not.toBeInTheDocument();

    const failing = await screen.findByRole(
      'list',
      { name: 'Tests reference solution did not pass' },
      { timeout: 4000 },
    );
    expect(within(failing).getByText('three')).toBeInTheDocument();
    expect(failing).toHaveTextContent("Expected 'Fizz', got None.");
    expect(screen.getByRole('list', { name: 'Problems' })).toHaveTextContent('fails the test three');
    expect(screen.getByText('Failed')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(api.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/checks/'))).toHaveLength(1);
  });

  it('says when the latest check is stale, and offers Check beside a refused publication', async () => {
    const api = fakeApi({
      ...curriculum,
      'GET /api/v1/exercises/fizzbuzz/': () => ({ ...mine, published: false }),
      'GET /api/v1/exercises/fizzbuzz/checks/': () => paged([check({ is_current: false })]),
      'PATCH /api/v1/exercises/fizzbuzz/': () =>
        json(400, {
          code: 'invalid',
          detail: 'The request is not valid.',
          errors: { published: ['Run Check first: no passing check of the current content.'] },
        }),
      'POST /api/v1/exercises/fizzbuzz/checks/': () => json(201, check({ status: 'queued', checked: 0 })),
    });
    renderApp('/instructor/content/exercises/fizzbuzz');
    expect(await screen.findByText(/The exercise changed since this check/)).toBeInTheDocument();
    expect(
      screen.getByText('Publishing needs a passing Check of the exercise as saved', { exact: false }),
    ).toBeVisible();

    fireEvent.click(screen.getByLabelText('Published (learners see it)'));
    fireEvent.click(screen.getByText('Save exercise'));
    expect(
      await screen.findByText('Run Check first: no passing check of the current content.', {
        selector: '.field__error p',
      }),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Run Check now' }));
    expect(await screen.findByText('0 of 2 answers checked')).toBeInTheDocument();
    expect(api.calls.find((c) => c.method === 'PATCH')?.body).toMatchObject({ published: true });
  });

  it('copies an exercise the files own into one the instructor owns, and opens the copy', async () => {
    const api = fakeApi({
      ...curriculum,
      'GET /api/v1/exercises/fizzbuzz/': () => detail,
      'POST /api/v1/exercises/fizzbuzz/copy/': () =>
        json(201, { ...mine, slug: 'my-fizzbuzz', title: 'FizzBuzz', published: false }),
      'GET /api/v1/exercises/my-fizzbuzz/': () => ({ ...mine, slug: 'my-fizzbuzz', published: false }),
      'GET /api/v1/exercises/my-fizzbuzz/checks/': () => paged([]),
    });
    const { router } = renderApp('/instructor/content/exercises/fizzbuzz');
    fireEvent.change(await screen.findByLabelText('Slug of the copy (optional)'), { target: { value: 'my-fizzbuzz' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy into an exercise you own' }));

    expect(await screen.findByText('Save exercise')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/instructor/content/exercises/my-fizzbuzz');
    expect(screen.getByLabelText('Title')).toBeEnabled();
    expect(screen.queryByRole('note', { name: 'Read-only' })).not.toBeInTheDocument();
    expect(api.calls.find((c) => c.path === '/api/v1/exercises/fizzbuzz/copy/')?.body).toEqual({ slug: 'my-fizzbuzz' });
  });
});
