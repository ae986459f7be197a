import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../../../api/client';
import { ApiError } from '../../../api/errors';
import { createQueryClient } from '../../../lib/query-client';
import { exerciseDetail } from '../../../test/fixtures';
import { draftFrom, emptyDraft } from '../utils/exercise-draft';
import { LIMIT_BOUNDS, LIMIT_NAMES } from '../utils/limits';
import { ExerciseForm } from './exercise-form';

type Spec = Schemas['ExerciseSpec'];
type Secret = Schemas['ExercisePrivateSpec'];

// CodeMirror is not what these tests are about, and it is slow to start in jsdom: a plain
// text box stands in for it, with the same label and the same value in and out.
vi.mock('../../../components/code-editor/lazy-code-editor', () => ({
  LazyCodeEditor: ({
    label,
    value,
    onChange,
    readOnly,
  }: {
    label: string;
    value: string;
    onChange: (value: string) => void;
    readOnly?: boolean;
  }) => (
    <textarea aria-label={label} value={value} readOnly={readOnly} onChange={(event) => onChange(event.target.value)} />
  ),
}));

const topics = [{ slug: 'python', title: 'Python basics' }];

function exercise(spec: Spec, private_spec: Secret, origin: Schemas['OriginEnum'] = 'api'): Schemas['ExerciseDetail'] {
  return exerciseDetail({
    slug: `an-${spec.kind}`,
    title: `A ${spec.kind} exercise`,
    topic: 'python',
    topic_title: 'Python basics',
    kind: spec.kind,
    difficulty: 'medium',
    points: 20,
    order: 3,
    published: true,
    prompt_markdown: 'Do it.',
    prompt_html: '<p>Do it.</p>',
    hints: ['Think.'],
    limits: { time_ms: 2000, memory_mb: 256, output_kb: 64 },
    spec,
    private_spec,
    tests_version: 1,
    origin,
  });
}

/** One exercise of each kind, and the spec and private spec its form must send back. */
const KIND_CASES: [Spec, Secret, Schemas['ExerciseSpecRequest'], Schemas['ExercisePrivateSpecRequest']][] = [
  [
    {
      kind: 'choice',
      multiple: true,
      options: [
        { id: 'a', text: 'GET' },
        { id: 'b', text: 'POST' },
      ],
    },
    { kind: 'choice', correct: ['b'] },
    {
      kind: 'choice',
      multiple: true,
      options: [
        { id: 'a', text: 'GET' },
        { id: 'b', text: 'POST' },
      ],
    },
    { kind: 'choice', correct: ['b'] },
  ],
  [
    { kind: 'text', placeholder: 'A header' },
    { kind: 'text', match: 'case_insensitive', accepted: ['Location', 'Content-Location'], tolerance: 0 },
    { kind: 'text', placeholder: 'A header' },
    { kind: 'text', match: 'case_insensitive', accepted: ['Location', 'Content-Location'], tolerance: 0 },
  ],
  [
    {
      kind: 'code',
      starter: 'def double(x):\n    pass\n',
      examples: [{ name: 'two', input: 'double(1)', expected: '2' }],
    },
    {
      kind: 'code',
      solution: 'def double(x):\n    return 2 * x\n',
      harness: '',
      tests: [
        { name: 'two', hidden: false, call: 'double', args: [1], expect: 2, compare: 'exact' },
        { name: 'bad', hidden: true, call: 'double', args: [null], raises: 'TypeError', compare: 'exact' },
        {
          name: 'obj',
          hidden: true,
          object: { class: 'Box', args: [1] },
          steps: [{ call: 'get', expect: 1 }],
          compare: 'exact',
        },
      ],
      generated: [{ name: 'many', call: 'double', args: ['ints()'], count: 20 }],
    },
    { kind: 'code', starter: 'def double(x):\n    pass\n' },
    {
      kind: 'code',
      solution: 'def double(x):\n    return 2 * x\n',
      harness: '',
      tests: [
        { name: 'two', hidden: false, call: 'double', args: [1], expect: 2, compare: 'exact' },
        { name: 'bad', hidden: true, call: 'double', args: [null], raises: 'TypeError', compare: 'exact' },
        {
          name: 'obj',
          hidden: true,
          object: { class: 'Box', args: [1] },
          steps: [{ call: 'get', expect: 1 }],
          compare: 'exact',
        },
      ],
      generated: [{ name: 'many', call: 'double', args: ['ints()'], count: 20 }],
    },
  ],
  [
    {
      kind: 'sql',
      starter: 'SELECT',
      schema: 'CREATE TABLE t (x INT);',
      seed: 'INSERT INTO t VALUES (1);',
      ordered: true,
    },
    {
      kind: 'sql',
      solution: 'SELECT x FROM t ORDER BY x;',
      check_query: null,
      tests: [
        { name: 'sample', hidden: false },
        { name: 'empty', hidden: true, seed: '' },
      ],
    },
    {
      kind: 'sql',
      starter: 'SELECT',
      schema: 'CREATE TABLE t (x INT);',
      seed: 'INSERT INTO t VALUES (1);',
      ordered: true,
    },
    {
      kind: 'sql',
      solution: 'SELECT x FROM t ORDER BY x;',
      check_query: null,
      tests: [
        { name: 'sample', hidden: false },
        { name: 'empty', hidden: true, seed: '' },
      ],
    },
  ],
  [
    { kind: 'http', starter: 'def app(environ, start_response): ...\n', examples: [] },
    {
      kind: 'http',
      solution: 'def app(environ, start_response): return []\n',
      tests: [
        {
          name: 'home',
          hidden: false,
          request: { method: 'POST', path: '/notes', json: { text: 'hi' } },
          expect: {
            status: 201,
            json: { id: 1 },
            json_match: 'subset',
            headers: { 'Content-Type': 'application/json' },
          },
        },
      ],
    },
    { kind: 'http', starter: 'def app(environ, start_response): ...\n' },
    {
      kind: 'http',
      solution: 'def app(environ, start_response): return []\n',
      tests: [
        {
          name: 'home',
          hidden: false,
          request: { method: 'POST', path: '/notes', json: { text: 'hi' } },
          expect: {
            status: 201,
            json: { id: 1 },
            json_match: 'subset',
            headers: { 'Content-Type': 'application/json' },
          },
        },
      ],
    },
  ],
  [
    {
      kind: 'django',
      runtime: 'django',
      files: { 'notes/apps.py': 'class NotesConfig: ...\n' },
      editable: ['notes/views.py'],
      starter: { 'notes/views.py': '# views\n' },
      apps: ['notes'],
      urlconf: 'notes.urls',
    },
    {
      kind: 'django',
      solution: { 'notes/views.py': 'def index(request): ...\n' },
      tests: [
        { name: 'lists', hidden: false, steps: [{ request: { method: 'GET', path: '/' }, expect: { status: 200 } }] },
      ],
    },
    {
      kind: 'django',
      runtime: 'django',
      files: { 'notes/apps.py': 'class NotesConfig: ...\n' },
      editable: ['notes/views.py'],
      starter: { 'notes/views.py': '# views\n' },
      apps: ['notes'],
      urlconf: 'notes.urls',
    },
    {
      kind: 'django',
      solution: { 'notes/views.py': 'def index(request): ...\n' },
      tests: [
        { name: 'lists', hidden: false, steps: [{ request: { method: 'GET', path: '/' }, expect: { status: 200 } }] },
      ],
    },
  ],
  [
    { kind: 'pytest', starter: 'def test_x(): ...\n', module: 'slugs', runtime: 'django', project: null, bug_count: 1 },
    {
      kind: 'pytest',
      solution: 'def test_lower(): ...\n',
      reference: 'def slug(s): return s.lower()\n',
      bugs: [{ name: 'keeps-case', title: 'Keeps the case', hint: 'Try capitals.', source: 'def slug(s): return s\n' }],
    },
    { kind: 'pytest', starter: 'def test_x(): ...\n', module: 'slugs', runtime: 'django', project: null },
    {
      kind: 'pytest',
      solution: 'def test_lower(): ...\n',
      reference: 'def slug(s): return s.lower()\n',
      bugs: [{ name: 'keeps-case', title: 'Keeps the case', hint: 'Try capitals.', source: 'def slug(s): return s\n' }],
    },
  ],
];

// Queries by role compute every element's accessible name and visibility, which takes seconds
// on a form this size in jsdom; labels and texts find the same elements quickly.
/** Sets a box's whole value at once: typing key by key re-renders this large form per key. */
function type(element: HTMLElement, value: string) {
  fireEvent.change(element, { target: { value } });
}

/** The texts an element's `aria-describedby` points at (its hint and its errors). */
function descriptionOf(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

function legendOf(name: string): HTMLElement {
  return screen.getByText(name, { selector: 'legend' }).closest('fieldset')!;
}

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={createQueryClient()}>{children}</QueryClientProvider>;
}

function renderForm(initial: ReturnType<typeof emptyDraft>, props: Partial<Parameters<typeof ExerciseForm>[0]> = {}) {
  const onSubmit = vi.fn<(body: Schemas['ExerciseWriteRequest']) => void>();
  const utils = render(
    <ExerciseForm
      initial={initial}
      topics={topics}
      creating={false}
      pending={false}
      error={null}
      onSubmit={onSubmit}
      {...props}
    />,
    { wrapper },
  );
  return { ...utils, onSubmit };
}

// A form this size takes a while to render in jsdom on a busy machine; 5 s is too tight there.
describe('ExerciseForm', { timeout: 15_000 }, () => {
  it('sends back a valid body for an exercise of every kind, its own fields included', () => {
    for (const [spec, secret, sentSpec, sentSecret] of KIND_CASES) {
      const { onSubmit, unmount } = renderForm(draftFrom(exercise(spec, secret)));
      fireEvent.click(screen.getByText('Save exercise'));
      expect(onSubmit, spec.kind).toHaveBeenCalledTimes(1);
      const body = onSubmit.mock.calls[0]![0];
      expect(body.spec, spec.kind).toEqual(sentSpec);
      expect(body.private_spec, spec.kind).toEqual(sentSecret);
      expect(body).toMatchObject({
        kind: spec.kind,
        topic: 'python',
        slug: `an-${spec.kind}`,
        difficulty: 'medium',
        points: 20,
        order: 3,
        published: true,
        hints: ['Think.'],
      });
      // Untouched limits are the effective ones: sending them would store the defaults as
      // the exercise's own and make its check stale.
      expect(body.limits, spec.kind).toBeUndefined();
      unmount();
    }
    const [spec, secret] = KIND_CASES[0]!;
    const { onSubmit } = renderForm(draftFrom(exercise(spec, secret)));
    fireEvent.change(screen.getByLabelText('Time limit (ms)'), { target: { value: '3000' } });
    fireEvent.click(screen.getByText('Save exercise'));
    expect(onSubmit.mock.calls[0]![0].limits).toEqual({ time_ms: 3000, memory_mb: 256, output_kb: 64 });
  });

  it('edits code tests as rows: add, fill, hide, reorder and remove', () => {
    const [spec, secret] = KIND_CASES[2]!;
    const { onSubmit } = renderForm(draftFrom(exercise(spec, secret)));
    const tests = legendOf('Tests');
    fireEvent.click(within(tests).getByText('Add a test'));
    const added = within(tests).getByLabelText('test 4');
    type(within(added).getByLabelText('Test name'), 'zero');
    type(within(added).getByLabelText('Function called'), 'double');
    type(within(added).getByLabelText('Arguments (JSON array)'), '[0]');
    type(within(added).getByLabelText('Expected value (JSON)'), '0');
    fireEvent.click(within(added).getByLabelText('Hidden from learners'));
    fireEvent.click(within(tests).getByLabelText('Move test 4 up'));
    fireEvent.click(within(tests).getByLabelText('Remove test 2'));
    expect(within(tests).getByLabelText('Move test 1 up')).toBeDisabled();
    fireEvent.click(screen.getByText('Save exercise'));

    const body = onSubmit.mock.calls[0]![0];
    expect(body.private_spec.kind === 'code' && body.private_spec.tests.map((t) => [t.name, t.hidden])).toEqual([
      ['two', false],
      ['zero', true],
      ['obj', true],
    ]);
    expect(body.private_spec.kind === 'code' && body.private_spec.tests[1]).toEqual({
      name: 'zero',
      hidden: true,
      call: 'double',
      args: [0],
      expect: 0,
      compare: 'exact',
    });
  });

  it('builds a new choice exercise from scratch', () => {
    const { onSubmit } = renderForm(emptyDraft('python'), { creating: true });
    type(screen.getByLabelText('Title'), 'Safe methods');
    type(screen.getByLabelText('Slug'), 'safe-methods');
    type(screen.getByLabelText('Kind'), 'choice');
    const options = legendOf('Options');
    type(within(within(options).getByLabelText('option 1')).getByLabelText('Option text'), 'GET');
    const second = within(options).getByLabelText('option 2');
    type(within(second).getByLabelText('Option text'), 'POST');
    fireEvent.click(within(options).getByLabelText('option 1').querySelector('input[type=checkbox]')!);
    fireEvent.click(screen.getByText('Create exercise'));

    expect(onSubmit.mock.calls[0]![0]).toEqual({
      topic: 'python',
      slug: 'safe-methods',
      title: 'Safe methods',
      kind: 'choice',
      difficulty: 'easy',
      points: 10,
      order: 0,
      published: false,
      prompt_markdown: '',
      hints: [],
      spec: {
        kind: 'choice',
        multiple: false,
        options: [
          { id: 'a', text: 'GET' },
          { id: 'b', text: 'POST' },
        ],
      },
      private_spec: { kind: 'choice', correct: ['a'] },
    });
  });

  it('refuses what cannot be sent, and shows the API’s field errors beside the fields they name', () => {
    const spec: Spec = { kind: 'code', starter: '', examples: [] };
    const secret: Secret = {
      kind: 'code',
      solution: 'def double(x):\n    return 2 * x\n',
      harness: '',
      tests: [{ name: 'two', hidden: false, call: 'double', args: [1], expect: 2, compare: 'exact' }],
    };
    const { onSubmit, rerender } = renderForm(draftFrom(exercise(spec, secret)));
    const time = screen.getByLabelText('Time limit (ms)');
    expect(time).toHaveAttribute('min', '100');
    expect(time).toHaveAttribute('max', '10000');
    expect(screen.getByText('From 100 to 10000 ms.')).toBeInTheDocument();
    type(time, '50');
    const first = screen.getByLabelText('test 1');
    type(within(first).getByLabelText('Arguments (JSON array)'), 'one');
    fireEvent.click(screen.getByText('Save exercise'));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(descriptionOf(time)).toMatch(/Between 100 and 10000 ms\./);
    expect(descriptionOf(within(first).getByLabelText('Arguments (JSON array)'))).toMatch(/^Not valid JSON\.$/);
    type(time, '');
    type(within(first).getByLabelText('Arguments (JSON array)'), '[1]');
    fireEvent.click(screen.getByText('Save exercise'));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const refused = new ApiError(400, {
      code: 'invalid',
      detail: 'The request is not valid.',
      errors: { slug: ['An exercise with this slug exists.'], 'private_spec.tests.0.call': ['No such function.'] },
    });
    rerender(
      <ExerciseForm
        initial={draftFrom(exercise(spec, secret))}
        topics={topics}
        creating={false}
        pending={false}
        error={refused}
        onSubmit={onSubmit}
      />,
    );
    expect(descriptionOf(screen.getByLabelText('Slug'))).toMatch(/An exercise with this slug exists\./);
    expect(descriptionOf(within(first).getByLabelText('Function called'))).toMatch(/No such function\./);
    expect(screen.getByText(/fix the fields below/).parentElement!).toHaveTextContent(
      'private_spec.tests.0.call: No such function.',
    );
  });

  it('shows a row the curriculum files own without letting it change', () => {
    const [spec, secret] = KIND_CASES[2]!;
    renderForm(draftFrom(exercise(spec, secret, 'files')), { readOnly: true });
    expect(screen.queryByText('Save exercise')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toBeDisabled();
    expect(screen.getByText('Add a test')).toBeDisabled();
  });
});

describe('the limits’ bounds', () => {
  it('are the contract’s (LimitsRequest in openapi.yaml)', () => {
    const contract = readFileSync(join(process.cwd(), '..', 'openapi.yaml'), 'utf8');
    const limits = contract.slice(contract.indexOf('\n    LimitsRequest:'), contract.indexOf('\n    LogoutRequest:'));
    for (const name of LIMIT_NAMES) {
      const block = limits.slice(limits.indexOf(`${name}:`));
      expect(block, name).toMatch(
        new RegExp(
          `^${name}:\\s+type: integer\\s+maximum: ${LIMIT_BOUNDS[name].max}\\s+minimum: ${LIMIT_BOUNDS[name].min}`,
        ),
      );
    }
  });
});
