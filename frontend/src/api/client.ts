/**
 * The only way to the API: one typed client generated from ../openapi.yaml, with the auth
 * middleware that attaches and refreshes tokens.
 */
import createClient from 'openapi-fetch';
import { createAuthMiddleware } from './auth-middleware';
import type { components, paths } from './schema';
import { createSession } from './session';

export type Schemas = components['schemas'];

export const session = createSession(typeof sessionStorage === 'undefined' ? null : sessionStorage);

export const client = createClient<paths>({
  baseUrl: typeof location === 'undefined' ? '' : location.origin,
  // Looked up on every call (not captured once) so tests can stub the global fetch.
  fetch: (request) => globalThis.fetch(request),
});

client.use(
  createAuthMiddleware(session, async (refresh) => {
    const { data, response } = await client.POST('/api/v1/auth/token/refresh/', { body: { refresh } });
    if (data) return data;
    if (response.status >= 400 && response.status < 500 && response.status !== 429) return null;
    throw new Error(`Token refresh failed (HTTP ${response.status}).`);
  }),
);
