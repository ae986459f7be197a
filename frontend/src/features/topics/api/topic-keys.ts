/** Query keys of the topics feature: the roadmap's list, and each topic by slug under `detail`. */
export const topicKeys = {
  all: ['topics'] as const,
  list: () => [...topicKeys.all, 'list'] as const,
  detail: (slug: string) => [...topicKeys.all, 'detail', slug] as const,
};
