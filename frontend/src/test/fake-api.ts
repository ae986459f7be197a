import { vi } from 'vitest';

type Handler = (request: Request, url: URL) => unknown | Response | Promise<unknown | Response>;

/**
 * Stubs the global fetch with a tiny API: `"GET /api/v1/me/"` → handler. A handler returns a
 * Response, or a body sent as 200 JSON. Unknown routes answer 404 in the API's error shape.
 */
export function fakeApi(routes: Record<string, Handler>) {
  const calls: { method: string; path: string; body: unknown; auth: string | null }[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const request = input instanceof Request ? input : new Request(input);
    const url = new URL(request.url);
    const text = request.body ? await request.clone().text() : '';
    calls.push({
      method: request.method,
      path: url.pathname + url.search,
      body: text ? JSON.parse(text) : undefined,
      auth: request.headers.get('Authorization'),
    });
    const handler = routes[`${request.method} ${url.pathname}`];
    if (!handler) return json(404, { code: 'not_found', detail: 'Not found.' });
    const result = await handler(request, url);
    return result instanceof Response ? result : json(200, result);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}
