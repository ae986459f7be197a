/** Reading exercises: one with its spec, or every published one for choosing among them. */
import { useQuery } from '@tanstack/react-query';
import { client } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { allPages } from '../../../lib/all-pages';
import { exerciseKeys } from './exercise-keys';

export function useExercise(slug: string) {
  return useQuery({
    queryKey: exerciseKeys.detail(slug),
    queryFn: () => unwrap(client.GET('/api/v1/exercises/{slug}/', { params: { path: { slug } } })),
  });
}

/** Every exercise (all pages), for the instructors' filters and the assignment form. */
export function useAllExercises() {
  return useQuery({
    queryKey: exerciseKeys.list(),
    queryFn: () =>
      allPages((page, page_size) =>
        unwrap(client.GET('/api/v1/exercises/', { params: { query: { page, page_size } } })),
      ),
    staleTime: 5 * 60_000,
  });
}
