/** Where the authoring pages live in the instructor area. */
export const authoringPaths = {
  home: '/instructor/content',
  newTopic: '/instructor/content/topics/new',
  topic: (slug: string) => `/instructor/content/topics/${encodeURIComponent(slug)}`,
  newExercise: (topic?: string) =>
    `/instructor/content/exercises/new${topic ? `?topic=${encodeURIComponent(topic)}` : ''}`,
  exercise: (slug: string) => `/instructor/content/exercises/${encodeURIComponent(slug)}`,
};
