import { useQuery } from '@tanstack/react-query';
import { client } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { instructorKeys } from './instructor-keys';

/** Attempts, learners, pass rate, verdict counts and the most-failed tests of one exercise. */
export function useExerciseStats(slug: string | undefined) {
  return useQuery({
    // Without a slug the query is disabled; the empty one only fills its key.
    queryKey: instructorKeys.stats(slug ?? ''),
    queryFn: () => unwrap(client.GET('/api/v1/exercises/{slug}/stats/', { params: { path: { slug: slug! } } })),
    enabled: slug !== undefined,
  });
}
