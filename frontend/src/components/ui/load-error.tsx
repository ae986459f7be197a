import { NotFound, isNotFound } from './not-found';
import { ErrorState } from './status';

/**
 * Why a page's main read failed: a not-found page when the API says the thing does not exist
 * (trying again would not help), else the error with "Try again".
 */
export function LoadError({
  error,
  onRetry,
  notFoundTitle,
  notFoundMessage,
}: {
  error: unknown;
  onRetry: () => void;
  notFoundTitle: string;
  notFoundMessage: string;
}) {
  if (isNotFound(error)) return <NotFound title={notFoundTitle} message={notFoundMessage} />;
  return <ErrorState error={error} onRetry={onRetry} />;
}
