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
    answer: { text: 'Lyon' } as Schemas['SubmissionDetail']['answer'],
    tests: [],
    detail: '',
    warnings: [],
    updated_at: '2026-05-01T10:00:01Z',
    tests_version: 1,
    regraded_at: null,
    history: [],
    ...overrides,
  };
}
