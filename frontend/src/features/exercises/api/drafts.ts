/** The learner's drafts: the unsubmitted answer to an exercise, kept on the server. */
import { useQuery } from '@tanstack/react-query';
import { client } from '../../../api/client';
import { ApiError, unwrap } from '../../../api/errors';
import type { Answer } from '../utils/answer';
import { exerciseKeys } from './exercise-keys';

/**
 * The learner's draft of an exercise, read once per visit to restore the editor; `null` when
 * there is none (the API answers 404).
 */
export function useDraft(slug: string) {
  return useQuery({
    queryKey: exerciseKeys.draft(slug),
    queryFn: async () => {
      try {
        return await unwrap(client.GET('/api/v1/me/drafts/{slug}/', { params: { path: { slug } } }));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    staleTime: Infinity,
    gcTime: 0, // the next visit restores from the server again
    retry: false,
  });
}

/** Keeps `answer` as the draft of the exercise. */
export function saveDraft(slug: string, answer: Answer) {
  return unwrap(client.PUT('/api/v1/me/drafts/{slug}/', { params: { path: { slug } }, body: { answer } }));
}

/** Forgets the draft of the exercise (fine when there is none). */
export function deleteDraft(slug: string) {
  return unwrap(client.DELETE('/api/v1/me/drafts/{slug}/', { params: { path: { slug } } }));
}
