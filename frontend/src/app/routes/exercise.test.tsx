import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { session, type Schemas } from '../../api/client';
import { progressQuery } from '../../features/progress/api/get-progress';
import { emptyProgress, exerciseDetail, learner, submission, testResult } from '../../test/fixtures';
import { fakeApi } from '../../test/fake-api';
import { renderApp } from '../../test/render';

afterEach(() => session.end('signed-out'));

function exercise(overrides: Partial<Schemas['ExerciseDetail']>): Schemas['ExerciseDetail'] {
  return exerciseDetail({ hints: ['It is on the Seine.'], ...overrides });
}

const page = (results: Schemas['SubmissionSummary'][]) => ({ next: null, previous: null, results });

describe('the exercise page', () => {
  it("restores the learner's last attempt and shows its result", async () => {
    const last = submission({ id: 41, answer: { kind: 'text', text: 'Lyon' } });
    fakeApi({
      'GET /api/v1/me/': () => learner,
      'GET /api/v1/topics/geography/': () => ({ slug: 'geography', title: 'Geography' }),
      'GET /api/v1/exercises/capital-of-france/': () => exercise({}),
      'GET /api/v1/submissions/': () => page([last]),
      'GET /api/v1/submissions/41/': () => last,
    });
    renderApp('/exercises/capital-of-france');
    expect(await screen.findByLabelText('Your answer')).toHaveValue('Lyon');
    expect(screen.getByRole('heading', { name: 'Capital of France' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Result' })).getByText('Not the answer')).toBeInTheDocument();
  });

  it('submits once, long-polls until the verdict is final, then refreshes progress and history', async () => {
    const user = userEvent.setup();
    const states: Schemas['SubmissionDetail'][] = [
      submission({ id: 9, kind: 'sql', status: 'queued', verdict: null, score: null }),
      submission({ id: 9, kind: 'sql', status: 'running', verdict: null, score: null }),
      submission({
        id: 9,
        kind: 'sql',
        status: 'completed',
        verdict: 'accepted',
        score: 1,
        tests: [testResult({ name: 'the sample rows', message: '', duration_ms: 2 })],
      }),
    ];
    let polls = 0;
    const waits: (string | null)[] = [];
    let history: Schemas['SubmissionSummary'][] = [];
    const api = fakeApi({
      'GET /api/v1/me/': () => learner,
      'GET /api/v1/me/progress/': () => emptyProgress,
      'GET /api/v1/topics/geography/': () => ({ slug: 'geography', title: 'Geography' }),
      'GET /api/v1/exercises/capital-of-france/': () =>
        exercise({
          kind: 'sql',
          spec: { kind: 'sql', starter: 'SELECT 1;', schema: 'CREATE TABLE t (x int);', seed: '', ordered: false },
        }),
      'GET /api/v1/submissions/': () => page(history),
      'POST /api/v1/submissions/': () => {
        history = [states[0]!];
        return states[0]!;
      },
      'GET /api/v1/submissions/9/': async (_request, url) => {
        polls += 1;
        waits.push(url.searchParams.get('wait'));
        // Like the server, hold a long-poll for a moment before the state moves on.
        await new Promise((resolve) => setTimeout(resolve, 150));
        const state = states[Math.min(polls, 2)]!;
        history = [state];
        return state;
      },
    });
    const { queryClient } = renderApp('/exercises/capital-of-france');
    await queryClient.fetchQuery(progressQuery); // as if the roadmap was visited first
    const progressCalls = () => api.calls.filter((c) => c.path === '/api/v1/me/progress/').length;
    expect(progressCalls()).toBe(1);
    const submit = await screen.findByRole('button', { name: 'Submit' });
    expect(await screen.findByText('The database')).toBeInTheDocument();
    await user.click(submit);
    expect(await screen.findByText('Running your tests…')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Grading…' })).toBeDisabled();
    await waitFor(() => expect(screen.getByText('Accepted')).toBeInTheDocument(), { timeout: 5000 });
    expect(polls).toBe(2);
    expect(waits).toEqual(['10', '10']); // every request for a pending result long-polls
    expect(screen.getByRole('button', { name: 'Submit' })).toBeEnabled();
    const posts = api.calls.filter((c) => c.method === 'POST');
    expect(posts).toEqual([
      expect.objectContaining({ body: { exercise: 'capital-of-france', answer: { kind: 'sql', query: 'SELECT 1;' } } }),
    ]);
    // The final verdict refreshes the learner's progress, though it is not on screen.
    await waitFor(() => expect(progressCalls()).toBe(2));
  });
});
