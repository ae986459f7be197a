/**
 * Query keys of the exercises feature. The list and single exercises sit under different
 * segments, so no slug (not even `list` or `all`) can make a detail key equal the list key or
 * start with it, and invalidating one exercise leaves the list alone.
 */
export const exerciseKeys = {
  all: ['exercises'] as const,
  /** Every published exercise, all pages. */
  list: () => [...exerciseKeys.all, 'list'] as const,
  detail: (slug: string) => [...exerciseKeys.all, 'detail', slug] as const,
  /** The learner's saved draft of one exercise (`null` when there is none). */
  draft: (slug: string) => [...exerciseKeys.all, 'draft', slug] as const,
};
