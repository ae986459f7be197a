/** Fixtures for the assignments, gradebook and regrade tests, shaped by the generated types. */
import type { Schemas } from '../api/client';
import { learner } from './fixtures';

export const teacher: Schemas['Me'] = {
  ...learner,
  id: 3,
  username: 'grace',
  display_name: 'Grace',
  role: 'instructor',
};

/** A page of a page-numbered list, as the API sends it. */
export function onePage<T>(results: T[]) {
  return { count: results.length, next: null, previous: null, results };
}

/** A class as `GET /classes/{id}/` answers, for fake responses (only what these pages read). */
export function classroomOf(overrides: Partial<Schemas['Classroom']> = {}) {
  return {
    id: 12,
    name: 'Backend basics',
    description: '',
    starts_on: null,
    ends_on: null,
    owner: { id: 3, username: 'grace', display_name: 'Grace' },
    co_instructors: [],
    join_code: 'K7P2QX9M',
    archived: false,
    archived_at: null,
    learner_count: 3,
    role: 'owner',
    created_at: '2026-08-20T09:00:00Z',
    ...overrides,
  };
}

export function exerciseSummary(slug: string, title: string): Schemas['ExerciseSummary'] {
  return {
    slug,
    title,
    topic: 'python',
    kind: 'code',
    difficulty: 'easy',
    points: 10,
    order: 1,
    published: true,
    origin: 'api',
  };
}

export function assignmentOf(overrides: Partial<Schemas['Assignment']> = {}): Schemas['Assignment'] {
  return {
    id: 5,
    title: 'Week 1',
    opens_at: '2026-09-01T07:00:00Z',
    due_at: '2026-09-08T21:00:00Z',
    late_multiplier: 0.5,
    cutoff_at: null,
    exercises: [{ slug: 'fizzbuzz', title: 'FizzBuzz', kind: 'code', points: 10 }],
    points: 10,
    extensions: [],
    created_at: '2026-08-25T10:00:00Z',
    ...overrides,
  };
}

const person = (id: number, username: string, display_name: string) => ({ id, username, display_name });

/** Three learners, two assignments: Ada late on week 1 and extended on week 2. */
export const gradebook: Schemas['Gradebook'] = {
  class_id: 12,
  class_name: 'Backend basics',
  points: 30,
  assignments: [
    {
      id: 1,
      title: 'Week 1',
      due_at: '2026-09-08T21:00:00Z',
      points: 10,
      average: 6.5,
      exercises: [{ slug: 'fizzbuzz', title: 'FizzBuzz', points: 10 }],
    },
    {
      id: 2,
      title: 'Week 2',
      due_at: '2026-09-15T21:00:00Z',
      points: 20,
      average: 12,
      exercises: [{ slug: 'slugify', title: 'Slugify', points: 20 }],
    },
  ],
  rows: [
    {
      learner: person(7, 'ada', 'Ada Lovelace'),
      total: 19.5,
      cells: [
        {
          assignment: 1,
          points: 5,
          late: true,
          due_at: '2026-09-08T21:00:00Z',
          exercises: { fizzbuzz: { score: 0.5, late: true } },
        },
        {
          assignment: 2,
          points: 14.5,
          late: false,
          due_at: '2026-09-17T21:00:00Z',
          exercises: { slugify: { score: 0.725, late: false } },
        },
      ],
    },
    {
      learner: person(8, 'bob', ''),
      total: 30,
      cells: [
        {
          assignment: 1,
          points: 10,
          late: false,
          due_at: '2026-09-08T21:00:00Z',
          exercises: { fizzbuzz: { score: 1, late: false } },
        },
        {
          assignment: 2,
          points: 20,
          late: false,
          due_at: '2026-09-15T21:00:00Z',
          exercises: { slugify: { score: 1, late: false } },
        },
      ],
    },
    {
      learner: person(9, 'cy', 'Cyrus Zed'),
      total: 4.5,
      cells: [
        {
          assignment: 1,
          points: 4.5,
          late: false,
          due_at: '2026-09-08T21:00:00Z',
          exercises: { fizzbuzz: { score: 0.45, late: false } },
        },
        { assignment: 2, points: 0, late: false, due_at: '2026-09-15T21:00:00Z', exercises: {} },
      ],
    },
  ],
};

export function myAssignmentOf(overrides: Partial<Schemas['MyAssignment']> = {}): Schemas['MyAssignment'] {
  return {
    id: 1,
    title: 'Week 1',
    class_id: 12,
    class_name: 'Backend basics',
    opens_at: '2026-09-01T07:00:00Z',
    due_at: '2026-09-08T21:00:00Z',
    cutoff_at: null,
    extended: false,
    late_multiplier: 1,
    state: 'open',
    exercises: [],
    ...overrides,
  };
}

export function regradeJobOf(overrides: Partial<Schemas['RegradeJob']> = {}): Schemas['RegradeJob'] {
  return {
    id: 31,
    exercise: 'fizzbuzz',
    class_id: null,
    everyone: false,
    requested_by: 'grace',
    tests_version: 3,
    status: 'queued',
    total: 4,
    regraded: 0,
    changed: 0,
    progress: 0,
    created_at: '2026-09-20T10:00:00Z',
    finished_at: null,
    ...overrides,
  };
}

export const fizzbuzzStats: Schemas['ExerciseStats'] = {
  exercise: 'fizzbuzz',
  attempts: 9,
  learners: 3,
  solved_by: 2,
  pass_rate: 0.5,
  average_score: 0.7,
  verdicts: { accepted: 4, wrong_answer: 5 },
  most_failed_tests: [],
};
