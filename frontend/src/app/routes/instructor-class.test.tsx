import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { session, type Schemas } from '../../api/client';
import { classroom, instructor, paged } from '../../test/fixtures';
import { fakeApi, json } from '../../test/fake-api';
import { renderApp } from '../../test/render';

afterEach(() => session.end('signed-out'));

const ada: Schemas['RosterEntry'] = {
  learner: { id: 7, username: 'ada', display_name: 'Ada' },
  joined_at: '2026-09-02T08:30:00Z',
};
const linus: Schemas['RosterEntry'] = {
  learner: { id: 8, username: 'linus', display_name: '' },
  joined_at: '2026-09-03T08:30:00Z',
};

describe('a class page', () => {
  it('removes a learner from the roster only after a confirmation', async () => {
    const user = userEvent.setup();
    let roster = [ada, linus];
    const api = fakeApi({
      'GET /api/v1/me/': () => instructor,
      'GET /api/v1/classes/12/': () => classroom({ learner_count: roster.length }),
      'GET /api/v1/classes/12/learners/': () => paged(roster),
      'DELETE /api/v1/classes/12/learners/7/': () => {
        roster = [linus];
        return new Response(null, { status: 204 });
      },
    });
    renderApp('/instructor/classes/12');
    const table = await screen.findByRole('table', { name: 'Learners of Backend basics, autumn' });
    await within(table).findByText('Ada');

    await user.click(within(table).getByRole('button', { name: 'Remove Ada' }));
    const question = within(table).getByRole('group', { name: 'Remove Ada from the class?' });
    expect(within(question).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(within(table).getByRole('button', { name: 'Remove Ada' })).toHaveFocus();
    expect(api.calls.some((c) => c.method === 'DELETE')).toBe(false);

    await user.click(within(table).getByRole('button', { name: 'Remove Ada' }));
    await user.click(within(table).getByRole('button', { name: 'Yes, remove' }));
    expect(await screen.findByText('Ada is no longer in this class.')).toBeInTheDocument();
    await waitFor(() => expect(within(table).queryByText('Ada')).not.toBeInTheDocument());
    expect(within(table).getByText('linus', { selector: 'td:first-child' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Learners (1)' })).toBeInTheDocument();
  });

  it('shows an archived class as read-only, with every change disabled but restoring', async () => {
    const user = userEvent.setup();
    let archived = true;
    const api = fakeApi({
      'GET /api/v1/me/': () => instructor,
      'GET /api/v1/classes/12/': () => classroom({ archived, archived_at: '2026-12-20T10:00:00Z' }),
      'GET /api/v1/classes/12/learners/': () => paged([ada]),
      'POST /api/v1/classes/12/restore/': () => {
        archived = false;
        return classroom();
      },
    });
    renderApp('/instructor/classes/12');
    expect(await screen.findByText(/This class is archived and read-only/)).toBeInTheDocument();
    await screen.findByRole('button', { name: 'Remove Ada' });
    expect(screen.getByText('Nobody can join an archived class.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Copy join link' })).not.toBeInTheDocument();
    for (const name of ['Edit details', 'New code', 'Close joining', 'Remove Ada', 'Add']) {
      expect(screen.getByRole('button', { name })).toBeDisabled();
    }
    expect(screen.getByLabelText('Add a co-instructor by username')).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Restore class' }));
    expect(await screen.findByRole('button', { name: 'Archive class' })).toBeInTheDocument();
    expect(screen.queryByText(/This class is archived and read-only/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit details' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Remove Ada' })).toBeEnabled();
    expect(api.calls.filter((c) => c.path === '/api/v1/classes/12/restore/')).toHaveLength(1);
  });

  it("shows the API's conflict message when the class was archived meanwhile", async () => {
    const user = userEvent.setup();
    fakeApi({
      'GET /api/v1/me/': () => instructor,
      'GET /api/v1/classes/12/': () => classroom(),
      'GET /api/v1/classes/12/learners/': () => paged([]),
      'DELETE /api/v1/classes/12/join-code/': () =>
        json(409, { code: 'conflict', detail: 'This class is archived: restore it before changing it.' }),
    });
    renderApp('/instructor/classes/12');
    await user.click(await screen.findByRole('button', { name: 'Close joining' }));
    await user.click(screen.getByRole('button', { name: 'Yes, close joining' }));
    expect(await screen.findByText('This class is archived: restore it before changing it.')).toBeInTheDocument();
  });

  it('copies the join link and draws a new code', async () => {
    const user = userEvent.setup();
    // userEvent.setup() puts a clipboard on navigator; watch what is written to it.
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    fakeApi({
      'GET /api/v1/me/': () => instructor,
      'GET /api/v1/classes/12/': () => classroom(),
      'GET /api/v1/classes/12/learners/': () => paged([]),
      'POST /api/v1/classes/12/join-code/': () => classroom({ join_code: 'NEWC0DE2' }),
    });
    renderApp('/instructor/classes/12');
    const link = `${location.origin}/join/K7P2QX9M`;
    expect(await screen.findByLabelText('Join link')).toHaveValue(link);
    await user.click(screen.getByRole('button', { name: 'Copy join link' }));
    expect(writeText).toHaveBeenCalledWith(link);
    expect(await screen.findByText('Copied.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'New code' }));
    await user.click(screen.getByRole('button', { name: 'Yes, new code' }));
    expect(await screen.findByLabelText('Join link')).toHaveValue(`${location.origin}/join/NEWC0DE2`);
    await waitFor(() => expect(screen.queryByText('Copied.')).not.toBeInTheDocument());
  });

  it('lets a co-instructor run the roster and the code, but not change the class', async () => {
    fakeApi({
      'GET /api/v1/me/': () => instructor,
      'GET /api/v1/classes/12/': () =>
        classroom({ role: 'co_instructor', owner: { id: 1, username: 'mary', display_name: 'Mary' } }),
      'GET /api/v1/classes/12/learners/': () => paged([ada]),
    });
    renderApp('/instructor/classes/12');
    expect(await screen.findByRole('button', { name: 'Remove Ada' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'New code' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Edit details' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Archive class' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Add a co-instructor by username')).not.toBeInTheDocument();
  });

  it('adds a co-instructor by username and shows why one cannot be added', async () => {
    const user = userEvent.setup();
    fakeApi({
      'GET /api/v1/me/': () => instructor,
      'GET /api/v1/classes/12/': () => classroom(),
      'GET /api/v1/classes/12/learners/': () => paged([]),
      'POST /api/v1/classes/12/instructors/': async (request) => {
        const { username } = (await request.json()) as { username: string };
        if (username === 'ada') {
          return json(400, {
            code: 'invalid',
            detail: 'The request is not valid.',
            errors: { username: ['No instructor has this username.'] },
          });
        }
        return classroom({ co_instructors: [{ id: 9, username, display_name: 'Barbara' }] });
      },
    });
    renderApp('/instructor/classes/12');
    const field = await screen.findByLabelText('Add a co-instructor by username');
    await user.type(field, 'ada');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('No instructor has this username.')).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, 'barbara');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('barbara now teaches this class too.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove Barbara as co-instructor' })).toBeInTheDocument();
  });
});
