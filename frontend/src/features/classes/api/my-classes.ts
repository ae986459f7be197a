/** The learner's side of classes: the classes they belong to, joining with a code, leaving. */
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { client, type Schemas } from '../../../api/client';
import { ApiError, errorMessage, unwrap } from '../../../api/errors';
import { pageOf } from '../../../lib/format';
import { CLASS_PAGE_SIZE, classKeys } from './class-keys';

export type MyClass = Schemas['MyClass'];

/** A join that worked; `created` is false when you already belonged to the class. */
export type JoinResult = { myClass: MyClass; created: boolean };

/** What to tell the learner after a join that worked. */
export function joinedMessage({ myClass, created }: JoinResult): string {
  return created ? `You joined ${myClass.name}.` : `You are already in ${myClass.name}.`;
}

/** The classes you belong to, newest first, a page at a time. */
export function useMyClasses() {
  return useInfiniteQuery({
    queryKey: classKeys.mine(),
    queryFn: ({ pageParam }) =>
      unwrap(client.GET('/api/v1/me/classes/', { params: { query: { page: pageParam, page_size: CLASS_PAGE_SIZE } } })),
    initialPageParam: 1,
    getNextPageParam: (page) => pageOf(page.next),
  });
}

/** Joins the class with this code. */
export function useJoinClass() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (code: string): Promise<JoinResult> => {
      const call = client.POST('/api/v1/classes/join/', { body: { code } });
      const myClass = await unwrap(call);
      const { response } = await call;
      return { myClass, created: response.status === 201 };
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: classKeys.mine() }),
  });
}

export function useLeaveClass() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(client.DELETE('/api/v1/me/classes/{id}/', { params: { path: { id } } })),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: classKeys.mine() }),
  });
}

/** Why a join failed, in the API's words: the message about the code when there is one. */
export function joinErrorMessage(error: unknown): string {
  if (error instanceof ApiError && error.errors.code?.length) return error.errors.code.join(' ');
  return errorMessage(error);
}
