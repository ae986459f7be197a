/**
 * Query keys of the instructor feature, under a root of its own: the exercises and classes
 * features own `exercises` and `classes`, and sharing their roots let one feature's keys
 * collide with the other's (an exercise slugged `all` was the list of every exercise).
 */
export const instructorKeys = {
  all: ['instructor'] as const,
  stats: (slug: string) => [...instructorKeys.all, 'stats', slug] as const,
  classChoices: () => [...instructorKeys.all, 'class-choices'] as const,
  regrades: (slug: string) => [...instructorKeys.all, 'regrades', slug] as const,
  regradeList: (slug: string) => [...instructorKeys.regrades(slug), 'list'] as const,
  regradeDetail: (slug: string, id: number) => [...instructorKeys.regrades(slug), 'detail', id] as const,
};
