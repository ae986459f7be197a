/**
 * Query keys of the authoring feature: what an instructor reads to write content (every
 * topic and exercise, drafts included, with the private spec). Lists and single items sit
 * under different segments, so no slug can make one equal or prefix the other.
 */
export const authoringKeys = {
  all: ['authoring'] as const,
  lists: () => [...authoringKeys.all, 'list'] as const,
  topics: () => [...authoringKeys.lists(), 'topics'] as const,
  exercises: () => [...authoringKeys.lists(), 'exercises'] as const,
  topic: (slug: string) => [...authoringKeys.all, 'topic', slug] as const,
  exercise: (slug: string) => [...authoringKeys.all, 'exercise', slug] as const,
  checks: (slug: string) => [...authoringKeys.all, 'checks', slug] as const,
};
