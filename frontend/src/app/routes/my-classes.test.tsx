import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { session } from '../../api/client';
import { learner, myClass, paged } from '../../test/fixtures';
import { fakeApi, json } from '../../test/fake-api';
import { renderApp } from '../../test/render';

afterEach(() => session.end('signed-out'));

const wrongCode = () =>
  json(400, {
    code: 'invalid',
    detail: 'The request is not valid.',
    errors: { code: ['No open class has this join code.'] },
  });

describe('joining a class', () => {
  it('joins with the code from a join link, then shows the class under My classes', async () => {
    const user = userEvent.setup();
    let mine: object[] = [];
    const api = fakeApi({
      'GET /api/v1/me/': () => learner,
      'GET /api/v1/me/classes/': () => paged(mine),
      'POST /api/v1/classes/join/': () => {
        // A class without an end date: the API sends null (its schema does not say so yet).
        mine = [{ ...myClass({ instructors: ['Grace', 'Mary'] }), ends_on: null }];
        return json(201, mine[0]);
      },
    });
    const { router } = renderApp('/join/K7P2QX9M');
    expect(await screen.findByRole('heading', { name: 'Join a class' })).toBeInTheDocument();
    expect(screen.getByText('K7P2QX9M')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Join' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/my-classes'));
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ code: 'K7P2QX9M' });
    expect(await screen.findByText('You joined Backend basics, autumn.')).toBeInTheDocument();
    const card = (await screen.findByRole('heading', { name: 'Backend basics, autumn', level: 3 })).closest('li')!;
    expect(within(card).getByText('Grace and Mary')).toBeInTheDocument();
    expect(within(card).getByText(/^From /)).toBeInTheDocument();
  });

  it("shows the API's reason when the code does not work", async () => {
    const user = userEvent.setup();
    fakeApi({ 'GET /api/v1/me/': () => learner, 'POST /api/v1/classes/join/': wrongCode });
    const { router } = renderApp('/join/NOPE1234');
    await user.click(await screen.findByRole('button', { name: 'Join' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('No open class has this join code.');
    expect(router.state.location.pathname).toBe('/join/NOPE1234');
  });

  it('says so when there were too many attempts', async () => {
    const user = userEvent.setup();
    fakeApi({
      'GET /api/v1/me/': () => learner,
      'POST /api/v1/classes/join/': () =>
        json(429, { code: 'throttled', detail: 'Request was throttled. Expected available in 42 seconds.' }),
    });
    renderApp('/join/K7P2QX9M');
    await user.click(await screen.findByRole('button', { name: 'Join' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Expected available in 42 seconds.');
  });

  it('sends a signed-out visitor to sign in, and back to the join link afterwards', async () => {
    fakeApi({});
    const { router } = renderApp('/join/K7P2QX9M', { signedIn: false });
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?next=%2Fjoin%2FK7P2QX9M');
    expect(screen.getByRole('link', { name: 'Create an account' })).toHaveAttribute(
      'href',
      '/register?next=%2Fjoin%2FK7P2QX9M',
    );
  });
});

describe('My classes', () => {
  it('is in the main navigation, joins with a typed code, and shows field errors', async () => {
    const user = userEvent.setup();
    let mine: ReturnType<typeof myClass>[] = [];
    fakeApi({
      'GET /api/v1/me/': () => learner,
      'GET /api/v1/me/progress/': () => ({ overall: { total: 0 }, topics: [], active_days: [], streak: 0 }),
      'GET /api/v1/topics/': () => paged([]),
      'GET /api/v1/me/classes/': () => paged(mine),
      'POST /api/v1/classes/join/': async (request) => {
        const { code } = (await request.json()) as { code: string };
        if (code !== 'k7p2-qx9m') return wrongCode();
        mine = [myClass()];
        return json(201, mine[0]);
      },
    });
    renderApp('/');
    await user.click(await screen.findByRole('link', { name: 'My classes' }));
    expect(await screen.findByText(/You are not in any class yet/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Join code'), 'WRONG');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(await screen.findByText('No open class has this join code.')).toBeInTheDocument();
    expect(screen.getByLabelText('Join code')).toHaveAttribute('aria-invalid', 'true');

    await user.clear(screen.getByLabelText('Join code'));
    await user.type(screen.getByLabelText('Join code'), 'k7p2-qx9m');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(await screen.findByText('You joined Backend basics, autumn.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Backend basics, autumn', level: 3 })).toBeInTheDocument();
    expect(screen.getByLabelText('Join code')).toHaveValue('');
  });

  it('leaves a class after a confirmation; an archived class cannot be left', async () => {
    const user = userEvent.setup();
    let mine = [myClass(), myClass({ id: 5, name: 'Last spring', archived: true })];
    fakeApi({
      'GET /api/v1/me/': () => learner,
      'GET /api/v1/me/classes/': () => paged(mine),
      'DELETE /api/v1/me/classes/12/': () => {
        mine = mine.filter((c) => c.id !== 12);
        return new Response(null, { status: 204 });
      },
    });
    renderApp('/my-classes');
    await user.click(await screen.findByRole('button', { name: 'Leave Backend basics, autumn' }));
    await user.click(screen.getByRole('button', { name: 'Yes, leave' }));
    expect(await screen.findByText('You left Backend basics, autumn.')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Backend basics, autumn' })).not.toBeInTheDocument(),
    );
    expect(screen.getByText('This class is archived, so you cannot leave it.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Leave Last spring' })).not.toBeInTheDocument();
  });
});
