import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { session, type Schemas } from '../../api/client';
import { regradeSummary } from '../../features/instructor/components/regrade-control';
import {
  classroomOf,
  exerciseSummary,
  fizzbuzzStats,
  onePage,
  regradeJobOf,
  teacher,
} from '../../test/assignment-fixtures';
import { fakeApi, json } from '../../test/fake-api';
import { renderApp } from '../../test/render';

afterEach(() => session.end('signed-out'));

function scene(jobs: { list: Schemas['RegradeJob'][]; polls: Schemas['RegradeJob'][] }) {
  let poll = 0;
  return fakeApi({
    'GET /api/v1/me/': () => teacher,
    'GET /api/v1/exercises/': () => onePage([exerciseSummary('fizzbuzz', 'FizzBuzz')]),
    'GET /api/v1/submissions/': () => ({ next: null, previous: null, results: [] }),
    'GET /api/v1/exercises/fizzbuzz/stats/': () => fizzbuzzStats,
    'GET /api/v1/classes/': () => onePage([classroomOf(), classroomOf({ id: 13, name: 'Evening class' })]),
    'GET /api/v1/exercises/fizzbuzz/regrades/': () => jobs.list,
    'POST /api/v1/exercises/fizzbuzz/regrades/': () => json(202, regradeJobOf({ class_id: 12 })),
    'GET /api/v1/exercises/fizzbuzz/regrades/31/': () => jobs.polls[Math.min(poll++, jobs.polls.length - 1)],
  });
}

describe('regrading an exercise', () => {
  it('starts a regrade for one class and follows it until it is done, then refreshes the statistics', async () => {
    const user = userEvent.setup();
    const api = scene({
      list: [],
      polls: [
        regradeJobOf({ class_id: 12, status: 'running', regraded: 2, changed: 1, progress: 0.5 }),
        regradeJobOf({
          class_id: 12,
          status: 'done',
          regraded: 4,
          changed: 1,
          progress: 1,
          finished_at: '2026-09-20T10:00:09Z',
        }),
      ],
    });
    renderApp('/instructor?exercise=fizzbuzz');
    await user.selectOptions(await screen.findByLabelText('Whose submissions'), 'Backend basics');
    await user.click(screen.getByRole('button', { name: 'Regrade submissions' }));

    const region = screen.getByRole('region', { name: 'Regrade submissions' });
    expect(await within(region).findByText(/Regrading: 2 of 4 done, 1 result changed so far\./)).toBeInTheDocument();
    expect(within(region).getByRole('progressbar', { name: 'Submissions regraded' })).toHaveAttribute(
      'aria-valuenow',
      '2',
    );
    expect(within(region).getByRole('button', { name: 'Regrade submissions' })).toBeDisabled();
    expect(within(region).getByText(/Regrade of Backend basics against version 3/)).toBeInTheDocument();

    expect(
      await within(region).findByText('Done: 4 of 4 regraded, 1 result changed.', {}, { timeout: 4000 }),
    ).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Regrade submissions' })).toBeEnabled();
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ class: 12 });
    await waitFor(() => expect(api.calls.filter((c) => c.path === '/api/v1/exercises/fizzbuzz/stats/').length).toBe(2));
  });

  it('picks up a regrade that is already running when the page opens', async () => {
    const running = regradeJobOf({ status: 'running', regraded: 1 });
    scene({ list: [running], polls: [running] });
    renderApp('/instructor?exercise=fizzbuzz');
    expect(await screen.findByText(/Regrading: 1 of 4 done/)).toBeInTheDocument();
    expect(screen.getByText(/Regrade of all your classes/)).toBeInTheDocument();
  });

  it('puts each state of a job in words', () => {
    expect(regradeSummary(regradeJobOf({ status: 'queued' }))).toBe('Waiting for a worker: 4 to regrade.');
    expect(regradeSummary(regradeJobOf({ status: 'done', total: 0 }))).toMatch(/^Nothing to regrade/);
    expect(regradeSummary(regradeJobOf({ status: 'superseded', regraded: 3, changed: 2 }))).toBe(
      'Replaced by a newer regrade after 3 of 4 (2 results changed).',
    );
  });
});
