import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { session } from '../../api/client';
import { emptyProgress, exerciseDetail, learner, submission } from '../../test/fixtures';
import { fakeApi, json } from '../../test/fake-api';
import { renderApp } from '../../test/render';

afterEach(() => session.end('signed-out'));

const exercise = exerciseDetail({
  next_exercise: { slug: 'longest-river', title: 'The longest river', topic: 'rivers', topic_title: 'Rivers' },
});

const noHistory = { next: null, previous: null, results: [] };

function exerciseApi(verdict: 'accepted' | 'wrong_answer') {
  const graded = submission({
    id: 5,
    verdict,
    score: verdict === 'accepted' ? 1 : 0,
    answer: { kind: 'text', text: 'Paris' },
  });
  return fakeApi({
    'GET /api/v1/me/': () => learner,
    'GET /api/v1/me/progress/': () => emptyProgress,
    'GET /api/v1/exercises/capital-of-france/': () => exercise,
    'GET /api/v1/submissions/': () => noHistory,
    'POST /api/v1/submissions/': () => graded,
    'GET /api/v1/submissions/5/': () => graded,
  });
}

describe('the exercise page, by keyboard and after an answer', () => {
  it('submits on Ctrl-Enter, moves the focus to the result, and offers the next step once accepted', async () => {
    const user = userEvent.setup();
    const api = exerciseApi('accepted');
    renderApp('/exercises/capital-of-france');
    const input = await screen.findByLabelText('Your answer');
    expect(screen.getByRole('button', { name: 'Submit' })).toHaveAttribute(
      'aria-keyshortcuts',
      'Control+Enter Meta+Enter',
    );
    expect(screen.getByText('Enter')).toBeInTheDocument(); // the hint next to the button

    await user.type(input, 'Paris');
    await user.keyboard('{Control>}{Enter}{/Control}');

    const result = await screen.findByRole('region', { name: 'Result' });
    await waitFor(() => expect(result.parentElement).toHaveFocus());
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    const next = within(result.parentElement!).getByRole('navigation', { name: 'Next step' });
    expect(within(next).getByRole('link', { name: 'Next exercise: The longest river (Rivers)' })).toHaveAttribute(
      'href',
      '/exercises/longest-river',
    );
    expect(within(next).getByRole('link', { name: 'Back to Geography' })).toHaveAttribute('href', '/topics/geography');
  }, 15_000);

  it('offers no next exercise after a wrong answer, and Ctrl-Enter does nothing while there is no answer', async () => {
    const user = userEvent.setup();
    const api = exerciseApi('wrong_answer');
    renderApp('/exercises/capital-of-france');
    const input = await screen.findByLabelText('Your answer');
    await user.click(input);
    await user.keyboard('{Meta>}{Enter}{/Meta}');
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await user.type(input, 'Lyon');
    await user.keyboard('{Meta>}{Enter}{/Meta}');
    const result = await screen.findByRole('region', { name: 'Result' });
    expect(within(result).getByText('Not the answer')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Next step' })).not.toBeInTheDocument();
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  }, 15_000);
});

describe('pages that are not there', () => {
  it('shows a not-found page for an unknown exercise, with no "Try again"', async () => {
    fakeApi({ 'GET /api/v1/me/': () => learner, 'GET /api/v1/submissions/': () => noHistory });
    renderApp('/exercises/no-such-thing');
    expect(await screen.findByRole('heading', { name: 'Exercise not found', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the roadmap' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(document.title).toBe('Exercise not found · Stepwise');
  });

  it('keeps "Try again" when the server fails', async () => {
    fakeApi({
      'GET /api/v1/me/': () => learner,
      'GET /api/v1/topics/geography/': () => json(500, { code: 'server_error', detail: 'Something broke.' }),
    });
    renderApp('/topics/geography');
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Topic not found' })).not.toBeInTheDocument();
  });

  it('shows the same page for an unknown topic and an unknown address', async () => {
    fakeApi({ 'GET /api/v1/me/': () => learner });
    const first = renderApp('/topics/no-such-topic');
    expect(await screen.findByRole('heading', { name: 'Topic not found', level: 1 })).toBeInTheDocument();
    first.unmount();
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Your progress' })).toHaveAttribute('href', '/progress');
  });
});
