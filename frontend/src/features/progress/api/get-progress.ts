import { queryOptions, useQuery } from '@tanstack/react-query';
import { client } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { progressKeys } from './progress-keys';

export const progressQuery = queryOptions({
  queryKey: progressKeys.mine(),
  queryFn: () => unwrap(client.GET('/api/v1/me/progress/')),
});

/** Overall, per-topic and per-exercise progress, with the active days and the streak. */
export function useProgress() {
  return useQuery(progressQuery);
}
