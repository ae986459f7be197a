import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { session, type Schemas } from '../../api/client';
import { exerciseDetail, learner } from '../../test/fixtures';
import { fakeApi, json } from '../../test/fake-api';
import { renderApp } from '../../test/render';

afterEach(() => {
  session.end('signed-out');
  vi.unstubAllGlobals();
});

const exercise = exerciseDetail;

const noHistory = () => ({ next: null, previous: null, results: [] });
const DRAFT_URL = '/api/v1/me/drafts/capital-of-france/';

describe('drafts on the exercise page', () => {
  it('restores the draft, saves changes as the learner types, and resets to the starter', async () => {
    const user = userEvent.setup();
    let stored: Schemas['Answer'] | null = { kind: 'text', text: 'Lyo' };
    const api = fakeApi({
      'GET /api/v1/me/': () => learner,
      'GET /api/v1/exercises/capital-of-france/': () => exercise({}),
      'GET /api/v1/submissions/': noHistory,
      [`GET ${DRAFT_URL}`]: () =>
        stored ? { exercise: 'capital-of-france', exercise_title: '', answer: stored, updated_at: '' } : json(404, {}),
      [`PUT ${DRAFT_URL}`]: async (request) => {
        await new Promise((resolve) => setTimeout(resolve, 100));
        stored = ((await request.json()) as { answer: Schemas['Answer'] }).answer;
        return { exercise: 'capital-of-france', exercise_title: '', answer: stored, updated_at: '' };
      },
      [`DELETE ${DRAFT_URL}`]: () => {
        stored = null;
        return new Response(null, { status: 204 });
      },
    });
    renderApp('/exercises/capital-of-france');
    const input = await screen.findByLabelText('Your answer');
    expect(input).toHaveValue('Lyo'); // the draft, not the empty starter
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Draft saved');

    await user.type(input, 'n');
    expect(status).toHaveTextContent('Unsaved changes');
    expect(api.calls.filter((c) => c.method === 'PUT')).toHaveLength(0); // not on every key
    await waitFor(() => expect(status).toHaveTextContent('Saving…'), { timeout: 3000 });
    await waitFor(() => expect(status).toHaveTextContent('Draft saved'));
    expect(stored).toEqual({ kind: 'text', text: 'Lyon' });
    expect(api.calls.filter((c) => c.method === 'PUT')).toHaveLength(1); // one save for the pause

    await user.click(screen.getByRole('button', { name: 'Reset to starter' }));
    const question = screen.getByRole('group', { name: /delete your draft/ });
    await user.click(within(question).getByRole('button', { name: 'Reset' }));
    await waitFor(() => expect(input).toHaveValue(''));
    expect(stored).toBeNull();
    expect(api.calls.filter((c) => c.method === 'DELETE')).toHaveLength(1);
  }, 15_000); // it waits out the real one-second pause before a save

  it('asks before leaving the page while a change has not reached the server', async () => {
    const user = userEvent.setup();
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    fakeApi({
      'GET /api/v1/me/': () => learner,
      'GET /api/v1/exercises/capital-of-france/': () => exercise({}),
      'GET /api/v1/submissions/': noHistory,
      [`PUT ${DRAFT_URL}`]: () => json(503, {}), // the save never gets through
    });
    const { router } = renderApp('/exercises/capital-of-france');
    await user.type(await screen.findByLabelText('Your answer'), 'Paris');
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);
    await user.click(screen.getByRole('link', { name: 'Geography' }));
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(router.state.location.pathname).toBe('/exercises/capital-of-france'); // stayed
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('could not be saved'), {
      timeout: 3000,
    });
  }, 15_000);
});

describe('runs on the exercise page', () => {
  it('runs the answer against the visible tests and shows the result as a run, not an attempt', async () => {
    const user = userEvent.setup();
    const ran: Schemas['Run'] = {
      id: 3,
      exercise: 'capital-of-france',
      kind: 'sql',
      status: 'completed',
      verdict: 'wrong_answer',
      score: 0,
      answer: { kind: 'sql', query: 'SELECT 1;' },
      tests: [
        {
          name: 'the sample rows',
          status: 'fail',
          message: 'one row too many',
          output: '',
          duration_ms: 3,
          hidden: false,
          call: null,
          real_message: null,
        },
      ],
      message: '',
      error_line: null,
      detail: '',
      warnings: [],
      duration_ms: 12,
      peak_memory_kb: null,
      created_at: '2026-01-01T00:00:00Z',
      finished_at: '2026-01-01T00:00:01Z',
    };
    const api = fakeApi({
      'GET /api/v1/me/': () => learner,
      'GET /api/v1/exercises/capital-of-france/': () =>
        exercise({
          kind: 'sql',
          spec: { kind: 'sql', starter: 'SELECT 1;', schema: 'CREATE TABLE t (x int);', seed: '', ordered: false },
        }),
      'GET /api/v1/submissions/': noHistory,
      'POST /api/v1/exercises/capital-of-france/runs/': () => json(201, { ...ran, status: 'queued', verdict: null }),
      'GET /api/v1/runs/3/': () => ran,
    });
    renderApp('/exercises/capital-of-france');
    await user.click(await screen.findByRole('button', { name: 'Run' }));
    const result = await screen.findByRole('region', { name: 'Run result' }, { timeout: 3000 });
    expect(within(result).getByText(/not an attempt/)).toBeInTheDocument();
    await waitFor(() => expect(within(result).getByText('the sample rows')).toBeInTheDocument());
    expect(within(result).getByText('one row too many')).toBeInTheDocument();
    expect(api.calls.filter((c) => c.path === '/api/v1/submissions/' && c.method === 'POST')).toHaveLength(0);
    expect(screen.queryByRole('region', { name: 'Result' })).not.toBeInTheDocument();
  });

  it('offers no run for a question without tests', async () => {
    fakeApi({
      'GET /api/v1/me/': () => learner,
      'GET /api/v1/exercises/capital-of-france/': () => exercise({}),
      'GET /api/v1/submissions/': noHistory,
    });
    renderApp('/exercises/capital-of-france');
    expect(await screen.findByRole('button', { name: 'Submit' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Run' })).not.toBeInTheDocument();
  });
});
