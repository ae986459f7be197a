import { useQuery } from '@tanstack/react-query';
import { client } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { allPages } from '../../../lib/all-pages';

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
    queryFn: () =>
      allPages((page, page_size) => unwrap(client.GET('/api/v1/exercises/', { params: { query: { page, page_size } } }))),
    staleTime: 5 * 60_000,
  });
}
