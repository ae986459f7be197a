import { queryOptions, useQuery } from '@tanstack/react-query';
import { client } from '../../../api/client';
import { unwrap } from '../../../api/errors';

export const progressQueryKey = ['progress'] as const;

export const progressQuery = queryOptions({
  queryKey: progressQueryKey,
  queryFn: () => unwrap(client.GET('/api/v1/me/progress/')),
});

/** Overall, per-topic and per-exercise progress, with the active days and the streak. */
export function useProgress() {
  return useQuery(progressQuery);
}
