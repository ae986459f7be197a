/**
 * Runs: an answer tried against the exercise's visible tests, graded like a submission but
 * never counted as an attempt.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, type Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { submissionKeys } from './submission-keys';
import { isFinal, pollDelay, refusedWaitDelay, WAIT_SECONDS } from './submissions';

export type Run = Schemas['Run'];

/** Whether an exercise of this kind has tests a run can try (choice and text have none). */
export function canRun(kind: Schemas['ExerciseKindEnum']): boolean {
  return kind !== 'choice' && kind !== 'text';
}

/** One run with its per-test results, long-polled until final as a submission is. */
export function useRun(id: number | undefined) {
  const queryClient = useQueryClient();
  const queryKey = submissionKeys.run(id ?? 0);
  return useQuery({
    queryKey,
    queryFn: async () => {
      const known = queryClient.getQueryData<Run>(queryKey);
      const wait = known && !isFinal(known) ? WAIT_SECONDS : 0;
      const call = client.GET('/api/v1/runs/{id}/', { params: { path: { id: id! }, query: { wait } } });
      const data = await unwrap(call);
      const delay = isFinal(data) ? 0 : refusedWaitDelay((await call).response.headers);
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

export function useCreateRun(exercise: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answer: Schemas['AnswerRequest']) =>
      unwrap(client.POST('/api/v1/exercises/{slug}/runs/', { params: { path: { slug: exercise } }, body: { answer } })),
    onSuccess: (run) => queryClient.setQueryData(submissionKeys.run(run.id), run),
  });
}
