/**
 * Query keys of the classes feature, in one place so that a mutation invalidates exactly
 * what it changed. Classes taught (`lists`, `detail`, `roster`) and the learner's own
 * memberships (`mine`) all sit under `all`.
 */
export const classKeys = {
  all: ['classes'] as const,
  lists: () => [...classKeys.all, 'list'] as const,
  detail: (id: number) => [...classKeys.all, 'detail', id] as const,
  roster: (id: number) => [...classKeys.all, 'roster', id] as const,
  mine: () => [...classKeys.all, 'mine'] as const,
};

/** Rows per request for every class list; the API allows at most 100. */
export const CLASS_PAGE_SIZE = 50;
