import { useQuery } from '@tanstack/react-query';
import { client } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { assignmentKeys } from './assignment-keys';

/** The signed-in learner's assignments in every class they belong to, soonest due first. */
export function useMyAssignments() {
  return useQuery({
    queryKey: assignmentKeys.mine(),
    queryFn: () => unwrap(client.GET('/api/v1/me/assignments/')),
  });
}
