/**
 * An exercise as its form holds it (text in every box, tests as rows), built from the API's
 * exercise and turned back into the body the API takes. The public `spec` and the
 * `private_spec` are unions narrowed on `kind`, as the contract declares them.
 */
import type { Schemas } from '../../../api/client';
import { LIMIT_NAMES, limitProblem, type LimitName } from './limits';
import { jsonText, parseJson, parseJsonArray, parseJsonObject, rowKey, splitNames, type FieldErrors } from './rows';

export type Kind = Schemas['ExerciseKindEnum'];

export const KINDS: readonly Kind[] = ['choice', 'text', 'code', 'sql', 'http', 'django', 'pytest'];

export function isKind(value: string | undefined): value is Kind {
  return KINDS.some((kind) => kind === value);
}

export type OptionRow = { key: string; id: string; text: string; correct: boolean };
export type TextRow = { key: string; value: string };
type CodeTestKept = Omit<
  Schemas['CodeTestRequest'],
  'name' | 'hidden' | 'call' | 'args' | 'expect' | 'raises' | 'compare'
>;
export type CodeTestRow = {
  key: string;
  name: string;
  hidden: boolean;
  call: string;
  args: string;
  expect: string;
  raises: string;
  compare: Schemas['CompareEnum'];
  /** What the row does not edit (objects and steps, expressions, keyword arguments, types). */
  kept: CodeTestKept;
};
export type SqlTestRow = { key: string; name: string; hidden: boolean; seed: string; ownSeed: boolean };
export type HttpTestRow = {
  key: string;
  name: string;
  hidden: boolean;
  method: Schemas['MethodEnum'];
  path: string;
  requestJson: string;
  status: string;
  expectJson: string;
  expectBody: string;
  before: Schemas['HttpRequestRequest'][];
  keptRequest: Omit<Schemas['HttpRequestRequest'], 'method' | 'path' | 'json'>;
  keptExpect: Omit<Schemas['HttpExpectRequest'], 'status' | 'json' | 'body'>;
};
export type DjangoTestRow = { key: string; name: string; hidden: boolean; fixtures: string; steps: string };
export type BugRow = { key: string; name: string; title: string; hint: string; source: string };
export type FileRow = { key: string; path: string; content: string; editable: boolean; solution: string };

export type KindDraft =
  | { kind: 'choice'; multiple: boolean; options: OptionRow[] }
  | { kind: 'text'; placeholder: string; match: Schemas['MatchEnum']; accepted: TextRow[]; tolerance: string }
  | {
      kind: 'code';
      starter: string;
      solution: string;
      harness: string;
      tests: CodeTestRow[];
      generated: Schemas['GeneratedBlockRequest'][];
    }
  | {
      kind: 'sql';
      starter: string;
      schema: string;
      seed: string;
      ordered: boolean;
      solution: string;
      checkQuery: string;
      tests: SqlTestRow[];
      generated: Schemas['GeneratedDatabasesRequest'][];
    }
  | {
      kind: 'http';
      starter: string;
      solution: string;
      tests: HttpTestRow[];
      generated: Schemas['GeneratedRequestsRequest'][];
    }
  | { kind: 'django'; files: FileRow[]; apps: string; urlconf: string; settings: string; tests: DjangoTestRow[] }
  | {
      kind: 'pytest';
      starter: string;
      module: string;
      solution: string;
      reference: string;
      bugs: BugRow[];
      inProject: boolean;
      files: FileRow[];
      apps: string;
      urlconf: string;
      settings: string;
    };

export type ExerciseDraft = {
  title: string;
  slug: string;
  topic: string;
  difficulty: Schemas['DifficultyEnum'];
  points: string;
  order: string;
  published: boolean;
  prompt_markdown: string;
  hints: TextRow[];
  limits: Record<LimitName, string>;
  spec: KindDraft;
};

export function newCodeTest(): CodeTestRow {
  return {
    key: rowKey(),
    name: '',
    hidden: false,
    call: '',
    args: '[]',
    expect: '',
    raises: '',
    compare: 'exact',
    kept: {},
  };
}

export function newSqlTest(): SqlTestRow {
  return { key: rowKey(), name: '', hidden: false, seed: '', ownSeed: false };
}

export function newHttpTest(): HttpTestRow {
  return {
    key: rowKey(),
    name: '',
    hidden: false,
    method: 'GET',
    path: '/',
    requestJson: '',
    status: '200',
    expectJson: '',
    expectBody: '',
    before: [],
    keptRequest: {},
    keptExpect: { json_match: 'exact' },
  };
}

export function newDjangoTest(): DjangoTestRow {
  return { key: rowKey(), name: '', hidden: false, fixtures: '', steps: '[]' };
}

export function newBug(): BugRow {
  return { key: rowKey(), name: '', title: '', hint: '', source: '' };
}

export function newFile(editable = false): FileRow {
  return { key: rowKey(), path: '', content: '', editable, solution: '' };
}

export function newOption(id: string): OptionRow {
  return { key: rowKey(), id, text: '', correct: false };
}

export function textRow(value = ''): TextRow {
  return { key: rowKey(), value };
}

/** An empty part of the form for `kind`, with the rows a new exercise of that kind needs first. */
export function emptyKindDraft(kind: Kind): KindDraft {
  switch (kind) {
    case 'choice':
      return { kind, multiple: false, options: [newOption('a'), newOption('b')] };
    case 'text':
      return { kind, placeholder: '', match: 'exact', accepted: [textRow()], tolerance: '0' };
    case 'code':
      return { kind, starter: '', solution: '', harness: '', tests: [newCodeTest()], generated: [] };
    case 'sql':
      return {
        kind,
        starter: '',
        schema: '',
        seed: '',
        ordered: false,
        solution: '',
        checkQuery: '',
        tests: [newSqlTest()],
        generated: [],
      };
    case 'http':
      return { kind, starter: '', solution: '', tests: [newHttpTest()], generated: [] };
    case 'django':
      return { kind, files: [newFile(true)], apps: '', urlconf: '', settings: '', tests: [newDjangoTest()] };
    case 'pytest':
      return {
        kind,
        starter: '',
        module: '',
        solution: '',
        reference: '',
        bugs: [newBug()],
        inProject: false,
        files: [],
        apps: '',
        urlconf: '',
        settings: '',
      };
  }
}

export function emptyDraft(topic = ''): ExerciseDraft {
  return {
    title: '',
    slug: '',
    topic,
    difficulty: 'easy',
    points: '10',
    order: '0',
    published: false,
    prompt_markdown: '',
    hints: [],
    limits: { time_ms: '', memory_mb: '', output_kb: '' },
    spec: emptyKindDraft('code'),
  };
}

function codeTestRow(test: Schemas['CodeTest']): CodeTestRow {
  const { name, hidden, call, args, expect, raises, compare, ...kept } = test;
  return {
    key: rowKey(),
    name,
    hidden,
    call: call ?? '',
    args: call === undefined ? jsonText(args) : jsonText(args ?? []),
    expect: raises === undefined ? jsonText(expect) : '',
    raises: raises ?? '',
    compare,
    kept,
  };
}

function httpTestRow(test: Schemas['HttpTest']): HttpTestRow {
  const { method, path, json, ...keptRequest } = test.request;
  const { status, json: expectJson, body, ...keptExpect } = test.expect;
  return {
    key: rowKey(),
    name: test.name,
    hidden: test.hidden,
    method,
    path,
    requestJson: jsonText(json),
    status: String(status),
    expectJson: jsonText(expectJson),
    expectBody: body ?? '',
    before: test.before ?? [],
    keptRequest,
    keptExpect,
  };
}

function fileRows(files: Record<string, string> | undefined): FileRow[] {
  return Object.entries(files ?? {}).map(([path, content]) => ({
    key: rowKey(),
    path,
    content,
    editable: false,
    solution: '',
  }));
}

/**
 * The kind part of the form for an exercise as the API gives it. The private spec reaches
 * authors only; without it (or of another kind) the private part starts empty.
 */
function kindDraftFrom(exercise: Schemas['ExerciseDetail']): KindDraft {
  const spec = exercise.spec;
  const secret = exercise.private_spec;
  switch (spec.kind) {
    case 'choice': {
      const correct = secret?.kind === 'choice' ? secret.correct : [];
      return {
        kind: 'choice',
        multiple: spec.multiple,
        options: spec.options.map((option) => ({ key: rowKey(), ...option, correct: correct.includes(option.id) })),
      };
    }
    case 'text':
      return secret?.kind === 'text'
        ? {
            kind: 'text',
            placeholder: spec.placeholder ?? '',
            match: secret.match,
            accepted: secret.accepted.map((value) => textRow(value)),
            tolerance: String(secret.tolerance),
          }
        : { kind: 'text', placeholder: spec.placeholder ?? '', match: 'exact', accepted: [textRow()], tolerance: '0' };
    case 'code':
      return secret?.kind === 'code'
        ? {
            kind: 'code',
            starter: spec.starter,
            solution: secret.solution,
            harness: secret.harness,
            tests: secret.tests.map(codeTestRow),
            generated: secret.generated ?? [],
          }
        : { kind: 'code', starter: spec.starter, solution: '', harness: '', tests: [], generated: [] };
    case 'sql': {
      const base = {
        kind: 'sql' as const,
        starter: spec.starter,
        schema: spec.schema,
        seed: spec.seed,
        ordered: spec.ordered,
      };
      return secret?.kind === 'sql'
        ? {
            ...base,
            solution: secret.solution,
            checkQuery: secret.check_query ?? '',
            tests: secret.tests.map((test) => ({
              key: rowKey(),
              name: test.name,
              hidden: test.hidden,
              seed: test.seed ?? '',
              ownSeed: test.seed !== undefined,
            })),
            generated: secret.generated ?? [],
          }
        : { ...base, solution: '', checkQuery: '', tests: [], generated: [] };
    }
    case 'http':
      return secret?.kind === 'http'
        ? {
            kind: 'http',
            starter: spec.starter,
            solution: secret.solution,
            tests: secret.tests.map(httpTestRow),
            generated: secret.generated ?? [],
          }
        : { kind: 'http', starter: spec.starter, solution: '', tests: [], generated: [] };
    case 'django': {
      const solution = secret?.kind === 'django' ? secret.solution : {};
      const editable = spec.editable.map((path) => ({
        key: rowKey(),
        path,
        content: spec.starter?.[path] ?? '',
        editable: true,
        solution: solution[path] ?? '',
      }));
      return {
        kind: 'django',
        files: [...editable, ...fileRows(spec.files)],
        apps: (spec.apps ?? []).join(', '),
        urlconf: spec.urlconf ?? '',
        settings: jsonText(spec.settings),
        tests:
          secret?.kind === 'django'
            ? secret.tests.map((test) => ({
                key: rowKey(),
                name: test.name,
                hidden: test.hidden,
                fixtures: jsonText(test.fixtures),
                steps: JSON.stringify(test.steps, null, 2),
              }))
            : [],
      };
    }
    case 'pytest': {
      const project = spec.project ?? null;
      return {
        kind: 'pytest',
        starter: spec.starter,
        module: spec.module,
        solution: secret?.kind === 'pytest' ? secret.solution : '',
        reference: secret?.kind === 'pytest' ? secret.reference : '',
        bugs: secret?.kind === 'pytest' ? secret.bugs.map((bug) => ({ key: rowKey(), ...bug })) : [],
        inProject: project !== null,
        files: fileRows(project?.files),
        apps: (project?.apps ?? []).join(', '),
        urlconf: project?.urlconf ?? '',
        settings: jsonText(project?.settings),
      };
    }
  }
}

export function draftFrom(exercise: Schemas['ExerciseDetail']): ExerciseDraft {
  return {
    title: exercise.title,
    slug: exercise.slug,
    topic: exercise.topic,
    difficulty: exercise.difficulty,
    points: String(exercise.points),
    order: String(exercise.order),
    published: exercise.published,
    prompt_markdown: exercise.prompt_markdown,
    hints: exercise.hints.map((hint) => textRow(hint)),
    limits: {
      time_ms: String(exercise.limits.time_ms),
      memory_mb: String(exercise.limits.memory_mb),
      output_kb: String(exercise.limits.output_kb),
    },
    spec: kindDraftFrom(exercise),
  };
}

type Specs = { spec: Schemas['ExerciseSpecRequest']; private_spec: Schemas['ExercisePrivateSpecRequest'] };

function projectFiles(files: FileRow[], errors: FieldErrors, key: string): Record<string, string> {
  const result: Record<string, string> = {};
  files.forEach((file, index) => {
    if (file.path.trim() === '') errors[`${key}.${index}`] = ['A file needs a path.'];
    else result[file.path.trim()] = file.content;
  });
  return result;
}

function codeTest(row: CodeTestRow, index: number, errors: FieldErrors): Schemas['CodeTestRequest'] {
  const key = `private_spec.tests.${index}`;
  const test: Schemas['CodeTestRequest'] = {
    ...row.kept,
    name: row.name.trim(),
    hidden: row.hidden,
    compare: row.compare,
  };
  if (row.call.trim()) {
    test.call = row.call.trim();
    test.args = parseJsonArray(row.args, `${key}.args`, errors) ?? [];
  }
  if (row.raises.trim()) test.raises = row.raises.trim();
  else if (row.expect.trim()) test.expect = parseJson(row.expect, `${key}.expect`, errors);
  else if (!('steps' in row.kept))
    errors[`${key}.expect`] = ['Give the expected value (JSON) or the exception it raises.'];
  return test;
}

function httpTest(row: HttpTestRow, index: number, errors: FieldErrors): Schemas['HttpTestRequest'] {
  const key = `private_spec.tests.${index}`;
  const request: Schemas['HttpRequestRequest'] = { ...row.keptRequest, method: row.method, path: row.path };
  const requestJson = parseJson(row.requestJson, `${key}.request.json`, errors);
  if (requestJson !== undefined) request.json = requestJson;
  const status = Number(row.status);
  if (!Number.isInteger(status)) errors[`${key}.expect.status`] = ['Enter an HTTP status code, such as 200.'];
  const expect: Schemas['HttpExpectRequest'] = { ...row.keptExpect, status };
  const expectJson = parseJson(row.expectJson, `${key}.expect.json`, errors);
  if (expectJson !== undefined) expect.json = expectJson;
  if (row.expectBody !== '') expect.body = row.expectBody;
  const test: Schemas['HttpTestRequest'] = { name: row.name.trim(), hidden: row.hidden, request, expect };
  if (row.before.length) test.before = row.before;
  return test;
}

function djangoTest(row: DjangoTestRow, index: number, errors: FieldErrors): Schemas['DjangoTestRequest'] {
  const key = `private_spec.tests.${index}`;
  const steps = parseJsonArray(row.steps, `${key}.steps`, errors) ?? [];
  const test: Schemas['DjangoTestRequest'] = {
    name: row.name.trim(),
    hidden: row.hidden,
    // Each step is checked by the API, which names the step and field of any mistake.
    steps: steps.map((step) => (typeof step === 'object' && step !== null ? { ...step } : {})),
  };
  const fixtures = parseJsonObject(row.fixtures, `${key}.fixtures`, errors);
  if (fixtures !== undefined) test.fixtures = fixtures;
  return test;
}

function settingsOf(text: string, key: string, errors: FieldErrors): Record<string, unknown> | undefined {
  return parseJsonObject(text, key, errors);
}

function kindBody(draft: KindDraft, errors: FieldErrors): Specs {
  switch (draft.kind) {
    case 'choice':
      return {
        spec: {
          kind: 'choice',
          multiple: draft.multiple,
          options: draft.options.map((option) => ({ id: option.id.trim(), text: option.text })),
        },
        private_spec: {
          kind: 'choice',
          correct: draft.options.filter((option) => option.correct).map((option) => option.id.trim()),
        },
      };
    case 'text': {
      const tolerance = Number(draft.tolerance || '0');
      if (!Number.isFinite(tolerance)) errors['private_spec.tolerance'] = ['Enter a number.'];
      const spec: Schemas['TextSpecRequest'] = { kind: 'text' };
      if (draft.placeholder) spec.placeholder = draft.placeholder;
      return {
        spec,
        private_spec: {
          kind: 'text',
          match: draft.match,
          accepted: draft.accepted.map((row) => row.value).filter((value) => value !== ''),
          tolerance,
        },
      };
    }
    case 'code': {
      const secret: Schemas['CodePrivateSpecRequest'] = {
        kind: 'code',
        solution: draft.solution,
        harness: draft.harness,
        tests: draft.tests.map((row, index) => codeTest(row, index, errors)),
      };
      if (draft.generated.length) secret.generated = draft.generated;
      return { spec: { kind: 'code', starter: draft.starter }, private_spec: secret };
    }
    case 'sql': {
      const secret: Schemas['SqlPrivateSpecRequest'] = {
        kind: 'sql',
        solution: draft.solution,
        check_query: draft.checkQuery.trim() ? draft.checkQuery : null,
        tests: draft.tests.map((row) =>
          row.ownSeed
            ? { name: row.name.trim(), hidden: row.hidden, seed: row.seed }
            : { name: row.name.trim(), hidden: row.hidden },
        ),
      };
      if (draft.generated.length) secret.generated = draft.generated;
      return {
        spec: { kind: 'sql', starter: draft.starter, schema: draft.schema, seed: draft.seed, ordered: draft.ordered },
        private_spec: secret,
      };
    }
    case 'http': {
      const secret: Schemas['HttpPrivateSpecRequest'] = {
        kind: 'http',
        solution: draft.solution,
        tests: draft.tests.map((row, index) => httpTest(row, index, errors)),
      };
      if (draft.generated.length) secret.generated = draft.generated;
      return { spec: { kind: 'http', starter: draft.starter }, private_spec: secret };
    }
    case 'django': {
      const editable = draft.files.filter((file) => file.editable);
      const spec: Schemas['DjangoSpecRequest'] = {
        kind: 'django',
        runtime: 'django',
        editable: editable.map((file) => file.path.trim()),
        starter: Object.fromEntries(editable.map((file) => [file.path.trim(), file.content])),
        files: projectFiles(
          draft.files.filter((file) => !file.editable),
          errors,
          'spec.files',
        ),
        apps: splitNames(draft.apps),
        urlconf: draft.urlconf.trim() || null,
      };
      const settings = settingsOf(draft.settings, 'spec.settings', errors);
      if (settings !== undefined) spec.settings = settings;
      return {
        spec,
        private_spec: {
          kind: 'django',
          solution: Object.fromEntries(editable.map((file) => [file.path.trim(), file.solution])),
          tests: draft.tests.map((row, index) => djangoTest(row, index, errors)),
        },
      };
    }
    case 'pytest': {
      const spec: Schemas['PytestSpecRequest'] = {
        kind: 'pytest',
        runtime: 'django',
        starter: draft.starter,
        module: draft.module.trim(),
        project: null,
      };
      if (draft.inProject) {
        const project: Schemas['PytestProjectRequest'] = {
          files: projectFiles(draft.files, errors, 'spec.project.files'),
          apps: splitNames(draft.apps),
          urlconf: draft.urlconf.trim() || null,
        };
        const settings = settingsOf(draft.settings, 'spec.project.settings', errors);
        if (settings !== undefined) project.settings = settings;
        spec.project = project;
      }
      return {
        spec,
        private_spec: {
          kind: 'pytest',
          solution: draft.solution,
          reference: draft.reference,
          bugs: draft.bugs.map((bug) => ({
            name: bug.name.trim(),
            title: bug.title,
            hint: bug.hint,
            source: bug.source,
          })),
        },
      };
    }
  }
}

export type BuiltExercise =
  { body: Schemas['ExerciseWriteRequest']; errors: null } | { body: null; errors: FieldErrors };

function integer(text: string, key: string, errors: FieldErrors): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  if (Number.isInteger(value)) return value;
  errors[key] = ['Enter a whole number.'];
  return undefined;
}

/**
 * The body to send for `draft`, or the problems found before sending (boxes that are not
 * JSON, numbers that are not numbers, limits out of bounds), keyed as the API keys its own.
 */
export function buildExercise(draft: ExerciseDraft): BuiltExercise {
  const errors: FieldErrors = {};
  const { spec, private_spec } = kindBody(draft.spec, errors);
  const body: Schemas['ExerciseWriteRequest'] = {
    topic: draft.topic,
    slug: draft.slug.trim(),
    title: draft.title.trim(),
    kind: draft.spec.kind,
    difficulty: draft.difficulty,
    published: draft.published,
    prompt_markdown: draft.prompt_markdown,
    hints: draft.hints.map((row) => row.value.trim()).filter(Boolean),
    spec,
    private_spec,
  };
  const points = integer(draft.points, 'points', errors);
  if (points !== undefined) body.points = points;
  const order = integer(draft.order, 'order', errors);
  if (order !== undefined) body.order = order;
  const limits: Schemas['LimitsRequest'] = {};
  for (const name of LIMIT_NAMES) {
    const problem = limitProblem(name, draft.limits[name]);
    if (problem) errors[`limits.${name}`] = [problem];
    else if (draft.limits[name].trim() !== '') limits[name] = Number(draft.limits[name]);
  }
  if (Object.keys(limits).length) body.limits = limits;
  return Object.keys(errors).length ? { body: null, errors } : { body, errors: null };
}
