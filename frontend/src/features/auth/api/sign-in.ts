import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, session, type Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { authKeys } from './auth-keys';

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['TokenObtainPairRequest']) => unwrap(client.POST('/api/v1/auth/token/', { body })),
    onSuccess: (pair) => {
      // Nothing cached for a previous user may leak into this session.
      queryClient.clear();
      session.setTokens(pair);
    },
  });
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['RegisterRequest']) => unwrap(client.POST('/api/v1/auth/register/', { body })),
    onSuccess: ({ user, access, refresh }) => {
      queryClient.clear();
      queryClient.setQueryData(authKeys.me(), user);
      session.setTokens({ access, refresh });
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const refresh = session.getRefresh();
      // Blacklist the refresh token; signing out locally happens whatever the server says.
      if (refresh) await client.POST('/api/v1/auth/logout/', { body: { refresh } }).catch(() => undefined);
    },
    onSettled: () => {
      session.end('signed-out');
      queryClient.clear();
    },
  });
}
