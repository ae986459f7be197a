import { useQuery } from '@tanstack/react-query';
import { client } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { authKeys } from './auth-keys';

/** The signed-in user, including `role` (learner, instructor or admin). */
export function useMe(enabled = true) {
  return useQuery({
    queryKey: authKeys.me(),
    queryFn: () => unwrap(client.GET('/api/v1/me/')),
    enabled,
    staleTime: 5 * 60_000,
  });
}
