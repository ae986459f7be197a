import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { session } from '../../api/client';
import { classroom, instructor, learner, paged } from '../../test/fixtures';
import { fakeApi, json } from '../../test/fake-api';
import { renderApp } from '../../test/render';

afterEach(() => session.end('signed-out'));

describe('the instructors’ classes page', () => {
  it('lists the classes you teach, linked from the instructor area', async () => {
    const user = userEvent.setup();
    fakeApi({
      'GET /api/v1/me/': () => instructor,
      'GET /api/v1/exercises/': () => paged([]),
      'GET /api/v1/submissions/': () => ({ next: null, previous: null, results: [] }),
      'GET /api/v1/classes/': () => paged([classroom(), classroom({ id: 13, name: 'Old class', archived: true })]),
    });
    renderApp('/instructor');
    await user.click(
      within(await screen.findByRole('navigation', { name: 'Instructor area' })).getByRole('link', { name: 'Classes' }),
    );
    expect(await screen.findByRole('link', { name: 'Backend basics, autumn' })).toHaveAttribute(
      'href',
      '/instructor/classes/12',
    );
    const archivedRow = screen.getByRole('link', { name: 'Old class' }).closest('tr')!;
    expect(within(archivedRow).getByText('Archived')).toBeInTheDocument();
  });

  it("shows the API's field errors on the create form, then creates the class and opens it", async () => {
    const user = userEvent.setup();
    let attempts = 0;
    const api = fakeApi({
      'GET /api/v1/me/': () => instructor,
      'GET /api/v1/classes/': () => paged([]),
      'POST /api/v1/classes/': () => {
        attempts += 1;
        if (attempts === 1) {
          return json(400, {
            code: 'invalid',
            detail: 'The request is not valid.',
            errors: { ends_on: ['The class cannot end before it starts.'] },
          });
        }
        return json(
          201,
          classroom({ id: 40, name: 'Evening class', description: '', starts_on: '2026-10-01', ends_on: null }),
        );
      },
      'GET /api/v1/classes/40/learners/': () => paged([]),
    });
    renderApp('/instructor/classes');
    expect(await screen.findByText(/You do not teach any classes yet/)).toBeInTheDocument();

    await user.type(screen.getByLabelText('Name'), 'Evening class');
    await user.type(screen.getByLabelText('Starts on (optional)'), '2026-10-01');
    await user.type(screen.getByLabelText('Ends on (optional)'), '2026-09-01');
    await user.click(screen.getByRole('button', { name: 'Create class' }));
    expect(await screen.findByText('The class cannot end before it starts.')).toBeInTheDocument();
    expect(screen.getByLabelText('Ends on (optional)')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Could not create the class');

    await user.clear(screen.getByLabelText('Ends on (optional)'));
    await user.click(screen.getByRole('button', { name: 'Create class' }));
    expect(await screen.findByRole('heading', { name: 'Evening class', level: 1 })).toBeInTheDocument();
    const posts = api.calls.filter((c) => c.method === 'POST');
    expect(posts[1]?.body).toEqual({ name: 'Evening class', description: '', starts_on: '2026-10-01', ends_on: null });
  });

  it('is not for learners', async () => {
    fakeApi({ 'GET /api/v1/me/': () => learner });
    renderApp('/instructor/classes');
    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('New class')).not.toBeInTheDocument());
  });
});
