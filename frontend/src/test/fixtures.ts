import type { Schemas } from '../api/client';

export const learner: Schemas['Me'] = {
  id: 7,
  username: 'ada',
  email: 'ada@example.com',
  display_name: 'Ada',
  role: 'learner',
  date_joined: '2026-01-01T00:00:00Z',
};

export const emptyProgress: Schemas['Progress'] = {
  overall: { total: 2, attempted: 0, solved: 0, points_total: 20, points_earned: 0 },
  topics: [],
  resume: null,
  active_days: [],
  streak: 0,
};

export function submission(overrides: Partial<Schemas['SubmissionDetail']> = {}): Schemas['SubmissionDetail'] {
  return {
    id: 1,
    exercise: 'capital-of-france',
    exercise_title: 'Capital of France',
    kind: 'text',
    user: { id: 7, username: 'ada', display_name: 'Ada' },
    status: 'completed',
    verdict: 'wrong_answer',
    score: 0,
    created_at: '2026-05-01T10:00:00Z',
    finished_at: '2026-05-01T10:00:01Z',
    answer: { kind: 'text', text: 'Lyon' },
    tests: [],
    message: '',
    error_line: null,
    explanation_html: null,
    detail: '',
    warnings: [],
    duration_ms: 12,
    peak_memory_kb: 9000,
    started_at: '2026-05-01T10:00:00Z',
    updated_at: '2026-05-01T10:00:01Z',
    tests_version: 1,
    regraded_at: null,
    history: [],
    ...overrides,
  };
}

/** One test's result: a visible test that passed, unless `overrides` say otherwise. */
export function testResult(overrides: Partial<Schemas['TestResult']> = {}): Schemas['TestResult'] {
  return {
    name: 'a test',
    status: 'pass',
    message: 'passed',
    output: '',
    duration_ms: 1,
    hidden: false,
    call: null,
    real_message: null,
    ...overrides,
  };
}

export const instructor: Schemas['Me'] = {
  ...learner,
  id: 3,
  username: 'grace',
  display_name: 'Grace',
  role: 'instructor',
};

export function classroom(overrides: Partial<Schemas['Classroom']> = {}): Schemas['Classroom'] {
  return {
    id: 12,
    name: 'Backend basics, autumn',
    description: 'Tuesdays and Thursdays.',
    starts_on: '2026-09-01',
    ends_on: '2026-12-18',
    owner: { id: 3, username: 'grace', display_name: 'Grace' },
    co_instructors: [],
    join_code: 'K7P2QX9M',
    on_learner_deletion: 'remove',
    archived: false,
    archived_at: null,
    learner_count: 1,
    role: 'owner',
    created_at: '2026-08-20T09:00:00Z',
    ...overrides,
  };
}

export function myClass(overrides: Partial<Schemas['MyClass']> = {}): Schemas['MyClass'] {
  return {
    id: 12,
    name: 'Backend basics, autumn',
    description: 'Tuesdays and Thursdays.',
    starts_on: '2026-09-01',
    ends_on: '2026-12-18',
    archived: false,
    on_learner_deletion: 'remove',
    instructors: ['Grace'],
    joined_at: '2026-09-02T08:30:00Z',
    ...overrides,
  };
}

/** A page of a page-numbered list, as the API sends it. */
export function paged<T>(results: T[]) {
  return { count: results.length, next: null, previous: null, results };
}

/** A published text exercise ("Capital of France"), the simplest the exercise page shows. */
export function exerciseDetail(overrides: Partial<Schemas['ExerciseDetail']> = {}): Schemas['ExerciseDetail'] {
  return {
    slug: 'capital-of-france',
    title: 'Capital of France',
    topic: 'geography',
    topic_title: 'Geography',
    limits: { time_ms: 2000, memory_mb: 256, output_kb: 64 },
    kind: 'text',
    difficulty: 'easy',
    points: 5,
    order: 1,
    published: true,
    prompt_markdown: 'What is the capital of France?',
    prompt_html: '<p>What is the capital of France?</p>',
    hints: [],
    spec: { kind: 'text', placeholder: 'A city' },
    private_spec: null,
    tests_version: 1,
    origin: 'api',
    can_edit: false,
    next_exercise: null,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}
