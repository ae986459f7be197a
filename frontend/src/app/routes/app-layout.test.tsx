import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { session } from '../../api/client';
import { emptyProgress, learner } from '../../test/fixtures';
import { fakeApi, json } from '../../test/fake-api';
import { renderApp } from '../../test/render';

afterEach(() => session.end('signed-out'));

describe('the signed-in frame', () => {
  it('sends a visitor without a session to sign in, remembering where they were going', async () => {
    fakeApi({});
    const { router } = renderApp('/progress', { signedIn: false });
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?next=%2Fprogress');
  });

  it('shows learners a "not allowed" page in the instructor area, and no instructor link', async () => {
    fakeApi({ 'GET /api/v1/me/': () => learner, 'GET /api/v1/me/progress/': () => emptyProgress });
    renderApp('/instructor');
    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Instructor' })).not.toBeInTheDocument();
  });

  it('shows instructors the instructor link and area', async () => {
    fakeApi({
      'GET /api/v1/me/': () => ({ ...learner, role: 'instructor' }),
      'GET /api/v1/exercises/': () => ({ count: 0, next: null, previous: null, results: [] }),
      'GET /api/v1/submissions/': () => ({ next: null, previous: null, results: [] }),
    });
    renderApp('/instructor');
    expect(await screen.findByRole('heading', { name: 'Instructor', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Instructor' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'API docs (Swagger UI)' })).toHaveAttribute('href', '/api/v1/docs/');
    expect(await screen.findByText('No submissions match.')).toBeInTheDocument();
  });

  it("shows the API's error detail when a page cannot load", async () => {
    fakeApi({
      'GET /api/v1/me/': () => learner,
      'GET /api/v1/topics/': () => json(403, { code: 'permission_denied', detail: 'Your account is suspended.' }),
      'GET /api/v1/me/progress/': () => emptyProgress,
    });
    renderApp('/');
    expect(await screen.findByText('Your account is suspended.')).toBeInTheDocument();
  });

  it('says so clearly when the API cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    renderApp('/');
    expect((await screen.findAllByText('The API is unreachable', {}, { timeout: 4000 })).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/Cannot reach the Stepwise API/).length).toBeGreaterThan(0);
  });

  it('shows an empty roadmap as such', async () => {
    fakeApi({
      'GET /api/v1/me/': () => learner,
      'GET /api/v1/topics/': () => ({ count: 0, next: null, previous: null, results: [] }),
      'GET /api/v1/me/progress/': () => emptyProgress,
    });
    renderApp('/');
    expect(await screen.findByText('No topics are published yet.')).toBeInTheDocument();
  });
});
