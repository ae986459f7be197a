import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { session } from '../../api/client';
import { assignmentOf, classroomOf, exerciseSummary, onePage, teacher } from '../../test/assignment-fixtures';
import { fakeApi, json } from '../../test/fake-api';
import { renderApp } from '../../test/render';

afterEach(() => session.end('signed-out'));

const scene = (extra: Parameters<typeof fakeApi>[0] = {}) =>
  fakeApi({
    'GET /api/v1/me/': () => teacher,
    'GET /api/v1/classes/12/': () => classroomOf(),
    'GET /api/v1/exercises/': () =>
      onePage([
        exerciseSummary('fizzbuzz', 'FizzBuzz'),
        exerciseSummary('slugify', 'Slugify'),
        exerciseSummary('sql-joins', 'Joins'),
      ]),
    'GET /api/v1/classes/12/assignments/': () => onePage([]),
    ...extra,
  });

/** datetime-local inputs take a whole value at once, as a browser's picker gives it. */
function setTime(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function fillValidForm(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('Title'), 'Week 3');
  setTime('Opens', '2026-09-01T09:00');
  setTime('Due', '2026-09-08T23:59');
  await user.selectOptions(screen.getByLabelText('Add an exercise'), 'FizzBuzz');
  await user.click(screen.getByRole('button', { name: 'Add' }));
  await user.selectOptions(screen.getByLabelText('Add an exercise'), 'Slugify');
  await user.click(screen.getByRole('button', { name: 'Add' }));
}

describe('the assignment form', () => {
  it('sends the times typed in the viewer’s zone as ISO 8601 with the offset, and the exercises in the order chosen', async () => {
    const user = userEvent.setup();
    const api = scene({
      'POST /api/v1/classes/12/assignments/': () => json(201, assignmentOf({ id: 6, title: 'Week 3' })),
    });
    const { router } = renderApp('/instructor/classes/12/assignments/new');
    expect(await screen.findByRole('heading', { name: /New assignment/, level: 1 })).toHaveTextContent(
      'Backend basics',
    );
    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: 'Move Slugify up' }));
    const multiplier = screen.getByLabelText('Late work multiplier');
    await user.clear(multiplier);
    await user.type(multiplier, '0.5');
    await user.click(screen.getByRole('button', { name: 'Create assignment' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/instructor/classes/12/assignments'));
    const post = api.calls.find((c) => c.method === 'POST');
    expect(post?.body).toMatchObject({
      title: 'Week 3',
      late_multiplier: 0.5,
      cutoff_at: null,
      exercises: ['slugify', 'fizzbuzz'],
    });
    const body = post?.body as { opens_at: string; due_at: string };
    expect(body.opens_at).toMatch(/^2026-09-01T09:00:00[+-]\d{2}:\d{2}$/);
    expect(new Date(body.opens_at).getTime()).toBe(new Date(2026, 8, 1, 9, 0).getTime());
    expect(new Date(body.due_at).getTime()).toBe(new Date(2026, 8, 8, 23, 59).getTime());
  });

  it('says what is missing before asking the API', async () => {
    const user = userEvent.setup();
    const api = scene();
    renderApp('/instructor/classes/12/assignments/new');
    await user.click(await screen.findByRole('button', { name: 'Create assignment' }));
    expect(screen.getByText('Give the assignment a title.')).toBeInTheDocument();
    expect(screen.getByText('Choose when the assignment is due.')).toBeInTheDocument();
    expect(screen.getByText('Add at least one exercise.')).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveAttribute('aria-invalid', 'true');
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it("shows the API's errors beside the fields they are about", async () => {
    const user = userEvent.setup();
    scene({
      'POST /api/v1/classes/12/assignments/': () =>
        json(400, {
          code: 'invalid',
          detail: 'The request is not valid.',
          errors: {
            due_at: ['The due time must come after the opening time.'],
            'exercises.1': ['No such exercise: slugify.'],
          },
        }),
    });
    renderApp('/instructor/classes/12/assignments/new');
    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: 'Create assignment' }));

    expect(await screen.findByText('The due time must come after the opening time.')).toBeInTheDocument();
    expect(screen.getByLabelText('Due')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Opens')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByText('No such exercise: slugify.')).toBeInTheDocument();
    expect(within(screen.getByRole('alert')).getByText('The assignment was not created')).toBeInTheDocument();
  });

  it('opens an assignment with its times in the viewer’s zone, and gives a learner an extension', async () => {
    const user = userEvent.setup();
    const assignment = assignmentOf();
    const api = scene({
      'GET /api/v1/classes/12/assignments/5/': () => assignment,
      'GET /api/v1/classes/12/learners/': () =>
        onePage([{ learner: { id: 7, username: 'ada', display_name: 'Ada' }, joined_at: '2026-09-01T08:00:00Z' }]),
      'PUT /api/v1/classes/12/assignments/5/extensions/7/': async (request) => {
        const { due_at } = (await request.json()) as { due_at: string };
        return assignmentOf({ extensions: [{ learner: { id: 7, username: 'ada', display_name: 'Ada' }, due_at }] });
      },
    });
    renderApp('/instructor/classes/12/assignments/5');
    const due = new Date('2026-09-08T21:00:00Z');
    const local = `2026-09-${String(due.getDate()).padStart(2, '0')}T${String(due.getHours()).padStart(2, '0')}:00`;
    expect(await screen.findByLabelText('Due')).toHaveValue(local);

    await user.selectOptions(await screen.findByLabelText('Learner'), 'Ada (ada)');
    setTime('New due time', '2026-09-10T18:00');
    await user.click(screen.getByRole('button', { name: 'Give extension' }));

    const row = await screen.findByRole('row', { name: /Ada/ });
    expect(within(row).getByRole('button', { name: 'Take back the extension of Ada' })).toBeInTheDocument();
    const put = api.calls.find((c) => c.method === 'PUT');
    expect(new Date((put?.body as { due_at: string }).due_at).getTime()).toBe(new Date(2026, 8, 10, 18, 0).getTime());
  });
});
