/**
 * Every failed API call becomes an `ApiError` carrying the API's error shape
 * (`{code, detail, errors?}`), or the code `unreachable` when no answer came from the API.
 */
import type { components } from './schema';

type ErrorBody = components['schemas']['Error'];

export const UNREACHABLE_DETAIL =
  'Cannot reach the Stepwise API. Check your connection, or that the server is running, and try again.';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors: Record<string, string[]>;

  constructor(status: number, body: ErrorBody) {
    super(body.detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.detail = body.detail;
    this.errors = body.errors ?? {};
  }

  get unreachable(): boolean {
    return this.code === 'unreachable';
  }
}

function isErrorBody(value: unknown): value is ErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ErrorBody).detail === 'string' &&
    typeof (value as ErrorBody).code === 'string'
  );
}

export function toApiError(status: number, body: unknown): ApiError {
  if (isErrorBody(body)) return new ApiError(status, body);
  // No JSON error from Django: a proxy or the network answered instead (502, 503, 504...).
  if (status === 0 || status >= 500) return new ApiError(status, { code: 'unreachable', detail: UNREACHABLE_DETAIL });
  return new ApiError(status, { code: 'http_error', detail: `The request failed (HTTP ${status}).` });
}

type Result<D> = { data?: D; error?: unknown; response: Response };

/** Awaits an openapi-fetch call: its data, or an `ApiError`. */
export async function unwrap<D>(call: Promise<Result<D>>): Promise<D> {
  let result: Result<D>;
  try {
    result = await call;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    // fetch rejects with a TypeError when the server cannot be reached at all.
    throw new ApiError(0, { code: 'unreachable', detail: UNREACHABLE_DETAIL });
  }
  if (!result.response.ok) throw toApiError(result.response.status, result.error);
  return result.data as D;
}

/** A message for any error thrown by a query or mutation. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.detail;
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}
