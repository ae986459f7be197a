/**
 * A class's assignments as its instructors manage them: reading, writing, deleting, and the
 * per-learner extensions. Changes that answer with the assignment put it straight into the
 * cache and refresh the rest of the class (its list and gradebook).
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { client, type Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { allPages } from '../../../lib/all-pages';
import { assignmentKeys } from './assignment-keys';

export type Assignment = Schemas['Assignment'];
export type AssignmentInput = Schemas['AssignmentWriteRequest'];

/** The class's assignments, soonest due first (the API's order). */
export function useClassAssignments(classId: number) {
  return useQuery({
    queryKey: assignmentKeys.list(classId),
    queryFn: () =>
      allPages((page, page_size) =>
        unwrap(
          client.GET('/api/v1/classes/{id}/assignments/', {
            params: { path: { id: classId }, query: { page, page_size } },
          }),
        ),
      ),
  });
}

export function useAssignment(classId: number, id: number) {
  return useQuery({
    queryKey: assignmentKeys.detail(classId, id),
    queryFn: () =>
      unwrap(client.GET('/api/v1/classes/{id}/assignments/{aid}/', { params: { path: { id: classId, aid: id } } })),
  });
}

/** The class itself, for its name in headings. */
export function useClassroom(classId: number) {
  return useQuery({
    queryKey: assignmentKeys.classroom(classId),
    queryFn: () => unwrap(client.GET('/api/v1/classes/{id}/', { params: { path: { id: classId } } })),
    staleTime: 5 * 60_000,
  });
}

/** The class's learners (all pages), to choose whom an extension is for. */
export function useClassLearners(classId: number) {
  return useQuery({
    queryKey: assignmentKeys.learners(classId),
    queryFn: () =>
      allPages((page, page_size) =>
        unwrap(
          client.GET('/api/v1/classes/{id}/learners/', {
            params: { path: { id: classId }, query: { page, page_size } },
          }),
        ),
      ),
  });
}

/** What an assignment's change shows up in: the class's list and gradebook, and learners' lists. */
function refreshClass(queryClient: QueryClient, classId: number) {
  void queryClient.invalidateQueries({ queryKey: assignmentKeys.list(classId) });
  void queryClient.invalidateQueries({ queryKey: assignmentKeys.gradebook(classId) });
  void queryClient.invalidateQueries({ queryKey: assignmentKeys.mine() });
}

/** Keeps the answered assignment and refreshes everything else of its class. */
function stored(queryClient: QueryClient, classId: number, assignment: Assignment) {
  queryClient.setQueryData(assignmentKeys.detail(classId, assignment.id), assignment);
  refreshClass(queryClient, classId);
}

export function useCreateAssignment(classId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssignmentInput) =>
      unwrap(client.POST('/api/v1/classes/{id}/assignments/', { params: { path: { id: classId } }, body })),
    onSuccess: (assignment) => stored(queryClient, classId, assignment),
  });
}

export function useUpdateAssignment(classId: number, id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssignmentInput) =>
      unwrap(
        client.PATCH('/api/v1/classes/{id}/assignments/{aid}/', { params: { path: { id: classId, aid: id } }, body }),
      ),
    onSuccess: (assignment) => stored(queryClient, classId, assignment),
  });
}

export function useDeleteAssignment(classId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      unwrap(client.DELETE('/api/v1/classes/{id}/assignments/{aid}/', { params: { path: { id: classId, aid: id } } })),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: assignmentKeys.detail(classId, id) });
      refreshClass(queryClient, classId);
    },
  });
}

/** Gives one learner a later due time on one assignment (again: moves it). */
export function useGrantExtension(classId: number, id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ learner, due_at }: { learner: number; due_at: string }) =>
      unwrap(
        client.PUT('/api/v1/classes/{id}/assignments/{aid}/extensions/{user_id}/', {
          params: { path: { id: classId, aid: id, user_id: learner } },
          body: { due_at },
        }),
      ),
    onSuccess: (assignment) => stored(queryClient, classId, assignment),
  });
}

export function useRevokeExtension(classId: number, id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (learner: number) =>
      unwrap(
        client.DELETE('/api/v1/classes/{id}/assignments/{aid}/extensions/{user_id}/', {
          params: { path: { id: classId, aid: id, user_id: learner } },
        }),
      ),
    onSuccess: (assignment) => stored(queryClient, classId, assignment),
  });
}
