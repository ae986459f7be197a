import { useQuery } from '@tanstack/react-query';
import { client, type Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';

/** Attempts, learners, pass rate, verdict counts and the most-failed tests of one exercise. */
export function useExerciseStats(slug: string | undefined) {
  return useQuery({
    queryKey: ['exercises', slug, 'stats'],
    queryFn: () => unwrap(client.GET('/api/v1/exercises/{slug}/stats/', { params: { path: { slug: slug! } } })),
    enabled: slug !== undefined,
  });
}

/** Every exercise (all pages), for the instructors' filters. */
export function useAllExercises() {
  return useQuery({
    queryKey: ['exercises', 'all'],
    queryFn: async () => {
      const all: Schemas['ExerciseSummary'][] = [];
      for (let page = 1; ; page += 1) {
        const data = await unwrap(client.GET('/api/v1/exercises/', { params: { query: { page, page_size: 100 } } }));
        all.push(...data.results);
        if (!data.next) break;
      }
      return all;
    },
    staleTime: 5 * 60_000,
  });
}
