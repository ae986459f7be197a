/**
 * The classes an instructor teaches: reading them and their rosters, and every change to
 * them. Changes that answer with the class put it straight into the cache.
 */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, type Schemas } from '../../../api/client';
import { ApiError, unwrap } from '../../../api/errors';
import { pageOf } from '../../../lib/format';
import { CLASS_PAGE_SIZE, classKeys } from './class-keys';

export type Classroom = Schemas['Classroom'];

/** Details, archiving and co-instructors are for the owner and admins. */
export function canManage(classroom: Pick<Classroom, 'role'>): boolean {
  return classroom.role === 'owner' || classroom.role === 'admin';
}

/** The classes you teach (every class, for admins), newest first, a page at a time. */
export function useTaughtClasses() {
  return useInfiniteQuery({
    queryKey: classKeys.lists(),
    queryFn: ({ pageParam }) =>
      unwrap(client.GET('/api/v1/classes/', { params: { query: { page: pageParam, page_size: CLASS_PAGE_SIZE } } })),
    initialPageParam: 1,
    getNextPageParam: (page) => pageOf(page.next),
  });
}

export function useClass(id: number) {
  return useQuery({
    queryKey: classKeys.detail(id),
    queryFn: () => unwrap(client.GET('/api/v1/classes/{id}/', { params: { path: { id } } })),
  });
}

/** The learners of a class, in the order they joined, a page at a time. */
export function useRoster(id: number) {
  return useInfiniteQuery({
    queryKey: classKeys.roster(id),
    queryFn: ({ pageParam }) =>
      unwrap(
        client.GET('/api/v1/classes/{id}/learners/', {
          params: { path: { id }, query: { page: pageParam, page_size: CLASS_PAGE_SIZE } },
        }),
      ),
    initialPageParam: 1,
    getNextPageParam: (page) => pageOf(page.next),
  });
}

export function useCreateClass() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['ClassroomWriteRequest']) => unwrap(client.POST('/api/v1/classes/', { body })),
    onSuccess: (classroom) => {
      queryClient.setQueryData(classKeys.detail(classroom.id), classroom);
      void queryClient.invalidateQueries({ queryKey: classKeys.lists() });
    },
  });
}

/**
 * A change to class `id` that answers with the class as it is now. A 404 or 409 means the
 * class changed under us (removed, or archived by someone else): read it again.
 */
function useClassChange<Variables>(id: number, change: (variables: Variables) => Promise<Classroom>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (classroom) => {
      queryClient.setQueryData(classKeys.detail(id), classroom);
      void queryClient.invalidateQueries({ queryKey: classKeys.lists() });
    },
    onError: (error) => {
      if (error instanceof ApiError && (error.status === 404 || error.status === 409)) {
        void queryClient.invalidateQueries({ queryKey: classKeys.detail(id) });
      }
    },
  });
}

export function useUpdateClass(id: number) {
  return useClassChange(id, (body: Schemas['PatchedClassroomWriteRequest']) =>
    unwrap(client.PATCH('/api/v1/classes/{id}/', { params: { path: { id } }, body })),
  );
}

export function useArchiveClass(id: number) {
  return useClassChange(id, () => unwrap(client.POST('/api/v1/classes/{id}/archive/', { params: { path: { id } } })));
}

export function useRestoreClass(id: number) {
  return useClassChange(id, () => unwrap(client.POST('/api/v1/classes/{id}/restore/', { params: { path: { id } } })));
}

/** Draws a new join code: the old one stops working, and joining opens if it was closed. */
export function useNewJoinCode(id: number) {
  return useClassChange(id, () => unwrap(client.POST('/api/v1/classes/{id}/join-code/', { params: { path: { id } } })));
}

/** Closes joining: the class has no code until a new one is drawn. */
export function useCloseJoining(id: number) {
  return useClassChange(id, () =>
    unwrap(client.DELETE('/api/v1/classes/{id}/join-code/', { params: { path: { id } } })),
  );
}

export function useAddCoInstructor(id: number) {
  return useClassChange(id, (body: Schemas['CoInstructorAddRequest']) =>
    unwrap(client.POST('/api/v1/classes/{id}/instructors/', { params: { path: { id } }, body })),
  );
}

export function useRemoveCoInstructor(id: number) {
  return useClassChange(id, (userId: number) =>
    unwrap(client.DELETE('/api/v1/classes/{id}/instructors/{user_id}/', { params: { path: { id, user_id: userId } } })),
  );
}

/** Removes a learner; the roster and the learner counts are read again either way. */
export function useRemoveLearner(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: number) =>
      unwrap(client.DELETE('/api/v1/classes/{id}/learners/{user_id}/', { params: { path: { id, user_id: userId } } })),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: classKeys.roster(id) });
      void queryClient.invalidateQueries({ queryKey: classKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: classKeys.lists() });
    },
  });
}
