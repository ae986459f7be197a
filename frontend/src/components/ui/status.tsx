import type { ReactNode } from 'react';
import { ApiError, errorMessage } from '../../api/errors';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

/** The API's `detail` for an error (or `message`, when the caller knows better), or the "cannot reach the API" message. */
export function ErrorState({
  error,
  title,
  message,
  onRetry,
}: {
  error: unknown;
  title?: string;
  message?: string;
  onRetry?: () => void;
}) {
  const unreachable = error instanceof ApiError && error.unreachable;
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{title ?? (unreachable ? 'The API is unreachable' : 'Something went wrong')}</p>
      <p>{unreachable ? errorMessage(error) : (message ?? errorMessage(error))}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="state state--empty">{children}</div>;
}
