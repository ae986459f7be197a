/**
 * Reading and writing topics and exercises as their author: every row (drafts included),
 * the private spec, and the Markdown preview. A save puts the answer into the cache and
 * refreshes the lists.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, type Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { allPages } from '../../../lib/all-pages';
import { authoringKeys } from './authoring-keys';

export type TopicDetail = Schemas['TopicDetail'];
export type ExerciseDetail = Schemas['ExerciseDetail'];

/** Every topic the author may see, in roadmap order. */
export function useAuthoringTopics() {
  return useQuery({
    queryKey: authoringKeys.topics(),
    queryFn: () =>
      allPages((page, page_size) => unwrap(client.GET('/api/v1/topics/', { params: { query: { page, page_size } } }))),
  });
}

/** Every exercise the author may see, in topic order then their own. */
export function useAuthoringExercises() {
  return useQuery({
    queryKey: authoringKeys.exercises(),
    queryFn: () =>
      allPages((page, page_size) =>
        unwrap(client.GET('/api/v1/exercises/', { params: { query: { page, page_size } } })),
      ),
  });
}

/** Topic `slug` with its lesson and origin; nothing is asked while `slug` is undefined (a new topic). */
export function useAuthoredTopic(slug: string | undefined) {
  return useQuery({
    queryKey: authoringKeys.topic(slug ?? ''),
    queryFn: () => unwrap(client.GET('/api/v1/topics/{slug}/', { params: { path: { slug: slug ?? '' } } })),
    enabled: slug !== undefined,
  });
}

/** Exercise `slug` with its private spec; nothing is asked while `slug` is undefined (a new exercise). */
export function useAuthoredExercise(slug: string | undefined) {
  return useQuery({
    queryKey: authoringKeys.exercise(slug ?? ''),
    queryFn: () => unwrap(client.GET('/api/v1/exercises/{slug}/', { params: { path: { slug: slug ?? '' } } })),
    enabled: slug !== undefined,
  });
}

/** Creates a topic (`slug` undefined) or changes topic `slug`. */
export function useSaveTopic(slug: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['TopicWriteRequest']) =>
      unwrap(
        slug === undefined
          ? client.POST('/api/v1/topics/', { body })
          : client.PATCH('/api/v1/topics/{slug}/', { params: { path: { slug } }, body }),
      ),
    onSuccess: (topic) => {
      queryClient.setQueryData(authoringKeys.topic(topic.slug), topic);
      void queryClient.invalidateQueries({ queryKey: authoringKeys.lists() });
    },
  });
}

/** Creates an exercise (`slug` undefined) or changes exercise `slug`. */
export function useSaveExercise(slug: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['ExerciseWriteRequest']) =>
      unwrap(
        slug === undefined
          ? client.POST('/api/v1/exercises/', { body })
          : client.PATCH('/api/v1/exercises/{slug}/', { params: { path: { slug } }, body }),
      ),
    onSuccess: (exercise) => {
      queryClient.setQueryData(authoringKeys.exercise(exercise.slug), exercise);
      void queryClient.invalidateQueries({ queryKey: authoringKeys.lists() });
      // A saved change may make the latest check stale; reading it again shows so.
      void queryClient.invalidateQueries({ queryKey: authoringKeys.checks(exercise.slug) });
    },
  });
}

export type ExerciseCheck = Schemas['ExerciseCheck'];

const CHECK_POLL_MS = 1000;

function checkRunning(check: ExerciseCheck | undefined) {
  return check?.status === 'queued' || check?.status === 'running';
}

/** The latest check of exercise `slug` (undefined when it was never checked), read again while it runs. */
export function useLatestCheck(slug: string) {
  return useQuery({
    queryKey: authoringKeys.checks(slug),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/exercises/{slug}/checks/', { params: { path: { slug }, query: { page_size: 1 } } }),
      ).then((page) => page.results[0] ?? null),
    refetchInterval: (query) => (checkRunning(query.state.data ?? undefined) ? CHECK_POLL_MS : false),
  });
}

/** Starts a check of exercise `slug`; the latest check becomes the new one. */
export function useRunCheck(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(client.POST('/api/v1/exercises/{slug}/checks/', { params: { path: { slug } } })),
    onSuccess: (check) => queryClient.setQueryData(authoringKeys.checks(slug), check),
  });
}

/** Copies exercise `slug` into a new one the caller owns (`body.slug` empty: the server picks it). */
export function useCopyExercise(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['ExerciseCopyRequest']) =>
      unwrap(client.POST('/api/v1/exercises/{slug}/copy/', { params: { path: { slug } }, body })),
    onSuccess: (copy) => {
      queryClient.setQueryData(authoringKeys.exercise(copy.slug), copy);
      void queryClient.invalidateQueries({ queryKey: authoringKeys.lists() });
    },
  });
}

/** Markdown rendered by the server exactly as saving it would store it. */
export function useMarkdownPreview() {
  return useMutation({
    mutationFn: (markdown: string) =>
      unwrap(client.POST('/api/v1/markdown/preview/', { body: { markdown } })).then((answer) => answer.html),
  });
}
