// A few direct API calls the browser tests use to set the scene: reading an exercise's
// reference solution as the instructor, revoking a session's refresh token, and posting
// what a test needs in place before it opens a page.

export function apiClient(baseUrl) {
  async function call(method, path, { token, body } = {}) {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(body ? { 'Content-Type': 'application/json' } : {}),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    const data = text ? JSON.parse(text) : undefined;
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${text}`);
    return data;
  }

  return {
    async signIn(username, password) {
      return call('POST', '/api/v1/auth/token/', { body: { username, password } });
    },
    async logout(refresh) {
      return call('POST', '/api/v1/auth/logout/', { body: { refresh } });
    },
    get: (path, token) => call('GET', path, { token }),
    post: (path, token, body) => call('POST', path, { token, body }),
    patch: (path, token, body) => call('PATCH', path, { token, body }),

    /** The first exercise of `kind` in roadmap order, preferring `preferred` when it exists. */
    async pickExercise(token, kind, preferred) {
      if (preferred) {
        try {
          return await call('GET', `/api/v1/exercises/${preferred}/`, { token });
        } catch {
          // not in this curriculum: fall back to the roadmap
        }
      }
      const topics = await call('GET', '/api/v1/topics/?page_size=100', { token });
      for (const topic of topics.results.sort((a, b) => a.order - b.order)) {
        const detail = await call('GET', `/api/v1/topics/${topic.slug}/`, { token });
        const match = detail.exercises.sort((a, b) => a.order - b.order).find((e) => e.kind === kind);
        if (match) return call('GET', `/api/v1/exercises/${match.slug}/`, { token });
      }
      throw new Error(`no ${kind} exercise in the curriculum`);
    },
  };
}
