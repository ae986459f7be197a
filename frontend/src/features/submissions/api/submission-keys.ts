/**
 * Query keys of the submissions feature. Every filtered list sits under `lists`, so a new
 * submission refreshes them all with one invalidation; a single submission sits under `detail`.
 */
export const submissionKeys = {
  all: ['submissions'] as const,
  lists: () => [...submissionKeys.all, 'list'] as const,
  list: (filters: Record<string, unknown>, pageSize: number) => [...submissionKeys.lists(), filters, pageSize] as const,
  detail: (id: number) => [...submissionKeys.all, 'detail', id] as const,
  /** The learner's newest submission to one exercise, which restores the editor. */
  last: (exercise: string) => [...submissionKeys.all, 'last', exercise] as const,
  /** A run against an exercise's visible tests (not a submission, in no list). */
  run: (id: number) => [...submissionKeys.all, 'run', id] as const,
};
