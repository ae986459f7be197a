import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, type Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { cursorOf } from '../../../lib/format';
import { submissionKeys } from './submission-keys';

export type SubmissionFilters = {
  exercise?: string | undefined;
  user?: number | undefined;
  verdict?: Schemas['VerdictEnum'] | undefined;
  status?: Schemas['SubmissionStatusEnum'] | undefined;
  /** Only the learners of this class (instructors). */
  class?: number | undefined;
};

export function isFinal(submission: Pick<Schemas['SubmissionDetail'], 'status'> | undefined): boolean {
  return submission?.status === 'completed' || submission?.status === 'error';
}

/** How long to wait before asking again after a failed request: backing off to 4 s. */
export function pollDelay(failures: number): number {
  return Math.min(400 * 1.6 ** failures, 4000);
}

/** Seconds the server may hold a request for a submission that is not final yet (`?wait=`). */
export const WAIT_SECONDS = 10;

/**
 * Milliseconds to hold back the next request when the server declined to hold this one (it
 * holds only so many waits at once and then answers at once with `Retry-After`); 0 otherwise.
 */
export function refusedWaitDelay(headers: Headers): number {
  const seconds = Number(headers.get('Retry-After'));
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, WAIT_SECONDS) * 1000 : 0;
}

/**
 * One submission with its per-test results. While it is not final, each request long-polls:
 * the server answers the moment the result is stored (or after WAIT_SECONDS), so the verdict
 * shows up as soon as it exists; the client only backs off after a failed request.
 */
export function useSubmission(id: number | undefined) {
  const queryClient = useQueryClient();
  // A query without an id is disabled; 0 only fills its key (ids start at 1).
  const queryKey = submissionKeys.detail(id ?? 0);
  return useQuery({
    queryKey,
    queryFn: async () => {
      const known = queryClient.getQueryData<Schemas['SubmissionDetail']>(queryKey);
      const wait = known && !isFinal(known) ? WAIT_SECONDS : 0;
      const call = client.GET('/api/v1/submissions/{id}/', { params: { path: { id: id! }, query: { wait } } });
      const data = await unwrap(call);
      const delay = isFinal(data) ? 0 : refusedWaitDelay((await call).response.headers);
      // Asking again at once would turn a declined wait into a busy loop.
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      return data;
    },
    enabled: id !== undefined,
    staleTime: (query) => (isFinal(query.state.data) ? Infinity : 0),
    refetchInterval: (query) => {
      if (isFinal(query.state.data)) return false;
      return query.state.fetchFailureCount > 0 ? pollDelay(query.state.fetchFailureCount) : 10;
    },
  });
}

/** Submissions, newest first (the learner's own; everyone's for instructors), a page at a time. */
export function useSubmissions(filters: SubmissionFilters, pageSize = 20) {
  return useInfiniteQuery({
    queryKey: submissionKeys.list(filters, pageSize),
    queryFn: ({ pageParam }) =>
      unwrap(
        client.GET('/api/v1/submissions/', {
          params: { query: { ...filters, page_size: pageSize, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => cursorOf(page.next),
  });
}

/**
 * The learner's newest submission to an exercise, with its answer, fetched once per visit to
 * restore the editor; `null` when there is none. It also seeds that submission's detail cache.
 */
export function useLastAttempt(exercise: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: submissionKeys.last(exercise),
    queryFn: async () => {
      const list = await unwrap(client.GET('/api/v1/submissions/', { params: { query: { exercise, page_size: 1 } } }));
      const newest = list.results[0];
      if (!newest) return null;
      const detail = await unwrap(client.GET('/api/v1/submissions/{id}/', { params: { path: { id: newest.id } } }));
      queryClient.setQueryData(submissionKeys.detail(detail.id), detail);
      return detail;
    },
    staleTime: Infinity,
    gcTime: 0, // the next visit restores from the server again
  });
}

export function useCreateSubmission() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['SubmissionCreateRequest']) => unwrap(client.POST('/api/v1/submissions/', { body })),
    onSuccess: (submission) => {
      queryClient.setQueryData(submissionKeys.detail(submission.id), submission);
      void queryClient.invalidateQueries({ queryKey: submissionKeys.lists() });
    },
  });
}

/** Fetches a submission's detail (for its `answer`), from the cache when it is there. */
export function useFetchSubmission() {
  const queryClient = useQueryClient();
  return (id: number) =>
    queryClient.fetchQuery({
      queryKey: submissionKeys.detail(id),
      queryFn: () => unwrap(client.GET('/api/v1/submissions/{id}/', { params: { path: { id } } })),
    });
}
