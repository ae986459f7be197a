import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { session } from '../../api/client';
import { learner, myClass, paged } from '../../test/fixtures';
import { fakeApi, json } from '../../test/fake-api';
import { renderApp } from '../../test/render';

afterEach(() => session.end('signed-out'));

describe('your account', () => {
  it('downloads your data as a file, sent with your credentials', async () => {
    const user = userEvent.setup();
    const createObjectURL = vi.fn(() => 'blob:export');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const api = fakeApi({
      'GET /api/v1/me/': () => learner,
      'GET /api/v1/me/classes/': () => paged([]),
      'GET /api/v1/me/data/': () => json(200, { profile: { username: 'ada' } }),
    });
    renderApp('/account');
    await user.click(await screen.findByRole('button', { name: 'Download my data' }));
    await waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(1));
    const call = api.calls.find((c) => c.path === '/api/v1/me/data/');
    expect(call?.auth).toMatch(/^Bearer /);
  });

  it('says what a class keeps, asks for the password, and signs out after deleting', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      'GET /api/v1/me/': () => learner,
      'GET /api/v1/me/classes/': () => paged([myClass({ name: 'Backend basics', on_learner_deletion: 'anonymise' })]),
      'POST /api/v1/me/delete/': (request) =>
        request
          .clone()
          .json()
          .then((body: { password: string }) =>
            body.password === 'right'
              ? new Response(null, { status: 204 })
              : json(400, {
                  code: 'invalid',
                  detail: 'The request is not valid.',
                  errors: { password: ['The password is not right.'] },
                }),
          ),
    });
    const { router } = renderApp('/account');
    expect(await screen.findByText(/Backend basics keeps the scores of your work/)).toBeInTheDocument();
    const remove = screen.getByRole('button', { name: 'Delete my account' });
    await user.type(screen.getByLabelText('Your password'), 'wrong');
    expect(remove).toBeDisabled(); // not until the box is ticked
    await user.click(screen.getByRole('checkbox', { name: /cannot be undone/ }));
    await user.click(remove);
    expect(await screen.findByText('The password is not right.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Your password'));
    await user.type(screen.getByLabelText('Your password'), 'right');
    await user.click(remove);
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(api.calls.filter((c) => c.path === '/api/v1/me/delete/').map((c) => c.body)).toEqual([
      { password: 'wrong' },
      { password: 'right' },
    ]);
  });
});
