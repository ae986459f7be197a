/**
 * Regrades of one exercise: starting one (for a class, or every learner one may read) and
 * following it until it is done. A job in progress is polled every second.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, type Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { instructorKeys } from './instructor-keys';

export type RegradeJob = Schemas['RegradeJob'];

/** Still moving: queued or running. `done` and `superseded` are final. */
export function isActive(job: Pick<RegradeJob, 'status'> | undefined): boolean {
  return job?.status === 'queued' || job?.status === 'running';
}

/** How long to wait before asking again: a second, backing off to 10 s after failures. */
export function regradePollDelay(failures: number): number {
  return Math.min(1000 * 2 ** failures, 10_000);
}

/** This exercise's regrades one may follow, newest first. */
export function useRegrades(slug: string) {
  return useQuery({
    queryKey: instructorKeys.regradeList(slug),
    queryFn: () => unwrap(client.GET('/api/v1/exercises/{slug}/regrades/', { params: { path: { slug } } })),
  });
}

export function useRegradeJob(slug: string, id: number | undefined) {
  return useQuery({
    queryKey: instructorKeys.regradeDetail(slug, id ?? 0),
    queryFn: () =>
      unwrap(client.GET('/api/v1/exercises/{slug}/regrades/{id}/', { params: { path: { slug, id: id! } } })),
    enabled: id !== undefined,
    staleTime: (query) => (isActive(query.state.data) ? 0 : Infinity),
    refetchInterval: (query) => (isActive(query.state.data) ? regradePollDelay(query.state.fetchFailureCount) : false),
  });
}

export function useStartRegrade(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (classId: number | null) =>
      unwrap(
        client.POST('/api/v1/exercises/{slug}/regrades/', {
          params: { path: { slug } },
          body: classId === null ? {} : { class: classId },
        }),
      ),
    onSuccess: (job) => {
      queryClient.setQueryData(instructorKeys.regradeDetail(slug, job.id), job);
      void queryClient.invalidateQueries({ queryKey: instructorKeys.regradeList(slug) });
    },
  });
}
