import { useQuery } from '@tanstack/react-query';
import { client } from '../../../api/client';
import { unwrap } from '../../../api/errors';

export const meQueryKey = ['me'] as const;

/** The signed-in user, including `role` (learner, instructor or admin). */
export function useMe(enabled = true) {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: () => unwrap(client.GET('/api/v1/me/')),
    enabled,
    staleTime: 5 * 60_000,
  });
}
