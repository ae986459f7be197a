import createClient from 'openapi-fetch';
import { describe, expect, it, vi } from 'vitest';
import { createAuthMiddleware, type RefreshTokens } from './auth-middleware';
import type { paths } from './schema';
import { createSession } from './session';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const expired = () => json(401, { code: 'token_not_valid', detail: 'Given token not valid for any token type' });

/**
 * A fake API: `valid` is the access token it accepts; every other protected call is a 401.
 * It records what it saw so tests can assert on headers and bodies.
 */
function setup({ access = 'old-access', refresh = 'refresh-1' } = {}) {
  const api = { valid: 'new-access', seen: [] as { url: string; auth: string | null; body: string }[] };
  const fetchMock = vi.fn(async (request: Request) => {
    const body = request.body ? await request.text() : '';
    api.seen.push({ url: new URL(request.url).pathname, auth: request.headers.get('Authorization'), body });
    if (request.headers.get('Authorization') !== `Bearer ${api.valid}`) return expired();
    return json(200, { id: 1, username: 'ada', body });
  });
  const session = createSession(sessionStorage);
  if (access || refresh) session.setTokens({ access, refresh });
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const refreshTokens = vi.fn<RefreshTokens>(async (token) => {
    await gate;
    return token === 'refresh-1' ? { access: api.valid, refresh: 'refresh-2' } : null;
  });
  const client = createClient<paths>({ baseUrl: 'http://api.test', fetch: fetchMock });
  client.use(createAuthMiddleware(session, refreshTokens));
  return { api, client, session, refreshTokens, fetchMock, release };
}

describe('the auth middleware', () => {
  it('sends the access token as a bearer token', async () => {
    const { client, api, release } = setup({ access: 'new-access' });
    release();
    const { data } = await client.GET('/api/v1/me/');
    expect(data).toMatchObject({ username: 'ada' });
    expect(api.seen[0]?.auth).toBe('Bearer new-access');
  });

  it('refreshes on a 401 and retries the request, body included', async () => {
    const { client, api, session, refreshTokens, release } = setup();
    release();
    const { data, response } = await client.POST('/api/v1/submissions/', {
      body: { exercise: 'slugify', answer: { kind: 'text', text: 'hi' } },
    });
    expect(response.status).toBe(200);
    expect(refreshTokens).toHaveBeenCalledWith('refresh-1');
    expect(api.seen.map((s) => s.auth)).toEqual(['Bearer old-access', 'Bearer new-access']);
    expect(JSON.parse(api.seen[1]!.body)).toEqual({ exercise: 'slugify', answer: { kind: 'text', text: 'hi' } });
    expect(data).toBeDefined();
    // The rotated refresh token replaces the old one, in memory and in sessionStorage.
    expect(session.getRefresh()).toBe('refresh-2');
    expect(sessionStorage.getItem('stepwise.refresh')).toBe('refresh-2');
  });

  it('keeps one refresh in flight for concurrent 401s', async () => {
    const { client, api, refreshTokens, release } = setup();
    const calls = Promise.all([
      client.GET('/api/v1/me/'),
      client.GET('/api/v1/me/progress/'),
      client.GET('/api/v1/topics/'),
    ]);
    await vi.waitFor(() => expect(api.seen).toHaveLength(3));
    release();
    const results = await calls;
    expect(results.map((r) => r.response.status)).toEqual([200, 200, 200]);
    expect(refreshTokens).toHaveBeenCalledTimes(1);
  });

  it('reuses a token refreshed while the request was on the wire', async () => {
    const { client, session, refreshTokens, release } = setup();
    release();
    const pending = client.GET('/api/v1/me/');
    session.setTokens({ access: 'new-access', refresh: 'refresh-2' });
    const { response } = await pending;
    expect(response.status).toBe(200);
    expect(refreshTokens).not.toHaveBeenCalled();
  });

  it('gets an access token first when only the refresh token survived a reload', async () => {
    sessionStorage.setItem('stepwise.refresh', 'refresh-1');
    const { client, api, refreshTokens, release } = setup({ access: '', refresh: '' });
    release();
    const { response } = await client.GET('/api/v1/me/');
    expect(response.status).toBe(200);
    expect(refreshTokens).toHaveBeenCalledTimes(1);
    expect(api.seen.map((s) => s.auth)).toEqual(['Bearer new-access']);
  });

  it('ends the session as expired when the refresh token is refused', async () => {
    const { client, session, release } = setup({ refresh: 'blacklisted' });
    release();
    const listener = vi.fn();
    session.subscribe(listener);
    const { response, error } = await client.GET('/api/v1/me/');
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ code: 'token_not_valid' });
    expect(session.snapshot()).toEqual({ signedIn: false, endReason: 'expired' });
    expect(session.getRefresh()).toBeNull();
    expect(sessionStorage.getItem('stepwise.refresh')).toBeNull();
    expect(listener).toHaveBeenCalled();
  });

  it('does not touch calls to the auth endpoints', async () => {
    const { client, api, refreshTokens, release } = setup();
    release();
    const { response } = await client.POST('/api/v1/auth/token/', { body: { username: 'a', password: 'b' } });
    expect(response.status).toBe(401);
    expect(api.seen[0]?.auth).toBeNull();
    expect(refreshTokens).not.toHaveBeenCalled();
  });

  it('propagates an unreachable refresh endpoint without signing out', async () => {
    const { client, session, refreshTokens, release } = setup();
    refreshTokens.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    release();
    await expect(client.GET('/api/v1/me/')).rejects.toThrow('Failed to fetch');
    expect(session.snapshot().signedIn).toBe(true);
  });
});
