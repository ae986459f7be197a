/** A learner's own data: download all of it, or delete the account with it. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, session } from '../../../api/client';
import { unwrap } from '../../../api/errors';

export const MY_DATA_FILE = 'stepwise-my-data.json';

/** Fetches the JSON export (with the session's credentials) and hands it to the browser as a file. */
export function useDownloadMyData() {
  return useMutation({
    mutationFn: async () => {
      const blob = await unwrap(client.GET('/api/v1/me/data/', { parseAs: 'blob' }));
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = MY_DATA_FILE;
      link.click();
      URL.revokeObjectURL(url);
    },
  });
}

/** Deletes the account; afterwards the session ends and every cached answer is dropped. */
export function useDeleteAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => unwrap(client.POST('/api/v1/me/delete/', { body: { password } })),
    onSuccess: () => {
      session.end('signed-out');
      queryClient.clear();
    },
  });
}
