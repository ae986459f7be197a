import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/errors';

/** Retry only what a retry can fix: an unreachable API, once. A 4xx answer stays an answer. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  return error instanceof ApiError && error.unreachable && failureCount < 1;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
