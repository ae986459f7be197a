import { useQuery } from '@tanstack/react-query';
import { client } from '../../../api/client';
import { unwrap } from '../../../api/errors';

export function useExercise(slug: string) {
  return useQuery({
    queryKey: ['exercises', slug],
    queryFn: () => unwrap(client.GET('/api/v1/exercises/{slug}/', { params: { path: { slug } } })),
  });
}
