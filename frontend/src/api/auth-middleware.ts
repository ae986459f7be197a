/**
 * The one place that authenticates API calls: it adds `Authorization: Bearer <access>`,
 * and when the server answers 401 it trades the refresh token for a new pair (one refresh in
 * flight at a time, shared by every request that needs it) and retries the request once.
 * When the server refuses the refresh token the session ends as `expired`, which sends the
 * learner back to sign-in. Requests under `/api/v1/auth/` are passed through untouched.
 */
import type { Middleware } from 'openapi-fetch';
import type { Session, TokenPair } from './session';

/** Trades a refresh token for a new pair; `null` when the server refuses it, throws when unreachable. */
export type RefreshTokens = (refresh: string) => Promise<TokenPair | null>;

const AUTH_PATH = '/api/v1/auth/';

export function createAuthMiddleware(session: Session, refreshTokens: RefreshTokens): Middleware {
  let inFlight: Promise<string | null> | null = null;
  // Unsent copies of requests, so a request can be sent again after a refresh (a Request's
  // body can be read only once).
  const originals = new Map<string, Request>();

  /** A fresh access token, or null when the session is over. Concurrent callers share one refresh. */
  function refreshAccess(): Promise<string | null> {
    inFlight ??= (async () => {
      const refresh = session.getRefresh();
      if (refresh === null) return null;
      const pair = await refreshTokens(refresh);
      if (pair === null) {
        // Only end the session that was refused, not one a sign-in started meanwhile.
        if (session.getRefresh() === refresh) session.end('expired');
        return null;
      }
      session.setTokens(pair);
      return pair.access;
    })().finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  function withToken(request: Request, access: string): Request {
    const next = new Request(request);
    next.headers.set('Authorization', `Bearer ${access}`);
    return next;
  }

  return {
    async onRequest({ request, schemaPath, id }) {
      if (schemaPath.startsWith(AUTH_PATH)) return undefined;
      // After a reload only the refresh token is left: get an access token before sending.
      let access = session.getAccess();
      if (access === null && session.getRefresh() !== null) access = await refreshAccess();
      const authed = access === null ? request : withToken(request, access);
      originals.set(id, authed.clone());
      return authed;
    },

    async onResponse({ request, response, schemaPath, id, options }) {
      const original = originals.get(id);
      originals.delete(id);
      if (response.status !== 401 || schemaPath.startsWith(AUTH_PATH) || original === undefined) {
        return undefined;
      }
      const sentWith = request.headers.get('Authorization');
      const current = session.getAccess();
      // Another request may have refreshed while this one was on the wire: reuse its token.
      const access = current !== null && sentWith !== `Bearer ${current}` ? current : await refreshAccess();
      if (access === null) return undefined;
      return options.fetch(withToken(original, access));
    },

    onError({ id }) {
      originals.delete(id);
      return undefined;
    },
  };
}
