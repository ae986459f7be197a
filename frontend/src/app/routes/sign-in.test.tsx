import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { session } from '../../api/client';
import { emptyProgress, learner } from '../../test/fixtures';
import { fakeApi, json } from '../../test/fake-api';
import { renderApp } from '../../test/render';

afterEach(() => session.end('signed-out'));

const exerciseRoutes = {
  'GET /api/v1/me/': () => learner,
  'GET /api/v1/me/progress/': () => emptyProgress,
};

describe('signing in', () => {
  it('explains an expired session, then goes back to where the learner was', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      ...exerciseRoutes,
      'POST /api/v1/auth/token/': () => ({ access: 'a2', refresh: 'r2' }),
    });
    const { router } = renderApp('/sign-in?next=%2Fprogress&expired=1', { signedIn: false });
    expect(screen.getByText(/Your session has expired/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Username'), 'ada');
    await user.type(screen.getByLabelText('Password'), 'secret-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/progress'));
    expect(api.calls.find((c) => c.path === '/api/v1/auth/token/')?.body).toEqual({
      username: 'ada',
      password: 'secret-password',
    });
    expect(sessionStorage.getItem('stepwise.refresh')).toBe('r2');
  });

  it("shows the API's message for wrong credentials", async () => {
    const user = userEvent.setup();
    fakeApi({
      'POST /api/v1/auth/token/': () =>
        json(401, { code: 'no_active_account', detail: 'No active account found with the given credentials' }),
    });
    renderApp('/sign-in', { signedIn: false });
    await user.type(screen.getByLabelText('Username'), 'ada');
    await user.type(screen.getByLabelText('Password'), 'nope');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('No active account found with the given credentials')).toBeInTheDocument();
  });

  it('never sends the learner to another site after signing in', async () => {
    const user = userEvent.setup();
    fakeApi({
      ...exerciseRoutes,
      'POST /api/v1/auth/token/': () => ({ access: 'a2', refresh: 'r2' }),
      'GET /api/v1/topics/': () => ({ count: 0, next: null, previous: null, results: [] }),
    });
    const { router } = renderApp('/sign-in?next=%2F%2Fevil.example', { signedIn: false });
    await user.type(screen.getByLabelText('Username'), 'ada');
    await user.type(screen.getByLabelText('Password'), 'secret-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  it('registers a learner and shows field errors from the API', async () => {
    const user = userEvent.setup();
    fakeApi({
      'POST /api/v1/auth/register/': () =>
        json(400, {
          code: 'invalid',
          detail: 'The request is not valid.',
          errors: { username: ['A user with that username already exists.'] },
        }),
    });
    renderApp('/register', { signedIn: false });
    await user.type(screen.getByLabelText('Username'), 'ada');
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'a-long-password');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('A user with that username already exists.')).toBeInTheDocument();
    expect(screen.getByLabelText('Username')).toHaveAttribute('aria-invalid', 'true');
  });
});
