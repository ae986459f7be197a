import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { session } from '../../api/client';
import { formatDateTimeWithZone } from '../../lib/local-date-time';
import { myAssignmentOf } from '../../test/assignment-fixtures';
import { emptyProgress, learner } from '../../test/fixtures';
import { fakeApi } from '../../test/fake-api';
import { renderApp } from '../../test/render';

afterEach(() => session.end('signed-out'));

const topics = { count: 0, next: null, previous: null, results: [] };

describe('your assignments, on the page learners land on', () => {
  it('lists the open, nearly due and past-due ones with due times in the viewer’s zone and each exercise’s status', async () => {
    fakeApi({
      'GET /api/v1/me/': () => learner,
      'GET /api/v1/topics/': () => topics,
      'GET /api/v1/me/progress/': () => emptyProgress,
      'GET /api/v1/me/assignments/': () => [
        myAssignmentOf({ id: 1, title: 'Setup week', state: 'closed' }),
        myAssignmentOf({
          id: 2,
          title: 'Week 2',
          state: 'due_soon',
          due_at: '2026-09-15T21:00:00Z',
          extended: true,
          exercises: [
            { slug: 'fizzbuzz', title: 'FizzBuzz', kind: 'code', points: 10, status: 'solved' },
            { slug: 'slugify', title: 'Slugify', kind: 'code', points: 20, status: 'attempted' },
          ],
        }),
        myAssignmentOf({
          id: 3,
          title: 'Week 1 catch-up',
          state: 'late',
          late_multiplier: 0.5,
          cutoff_at: '2026-09-20T21:00:00Z',
          exercises: [{ slug: 'joins', title: 'Joins', kind: 'sql', points: 10, status: 'not_started' }],
        }),
        myAssignmentOf({ id: 4, title: 'Week 3', state: 'open' }),
        myAssignmentOf({ id: 5, title: 'Week 9', state: 'upcoming' }),
      ],
    });
    renderApp('/');
    const section = await screen.findByRole('region', { name: 'Your assignments' });
    const titles = within(section)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(titles).toEqual(['Week 2', 'Week 1 catch-up', 'Week 3']);

    const week2 = within(section).getByRole('heading', { name: 'Week 2' }).closest('li')!;
    expect(within(week2).getByText('Due soon')).toBeInTheDocument();
    expect(within(week2).getByText(formatDateTimeWithZone('2026-09-15T21:00:00Z'))).toHaveAttribute(
      'datetime',
      '2026-09-15T21:00:00Z',
    );
    expect(within(week2).getByText('extended for you')).toBeInTheDocument();
    expect(within(week2).getByText(/1 of 2 solved/)).toBeInTheDocument();
    expect(within(week2).getByRole('link', { name: 'FizzBuzz' })).toHaveAttribute('href', '/exercises/fizzbuzz');
    expect(
      within(within(week2).getByRole('link', { name: 'Slugify' }).closest('li')!).getByText('Attempted'),
    ).toBeInTheDocument();

    const late = within(section).getByRole('heading', { name: 'Week 1 catch-up' }).closest('li')!;
    expect(within(late).getByText('Past due')).toBeInTheDocument();
    expect(within(late).getByText(/counts for 50% of its points, until/)).toBeInTheDocument();
    expect(within(late).getByText('Not started')).toBeInTheDocument();

    // It comes first: before the roadmap's own content.
    const empty = screen.getByText('No topics are published yet.');
    expect(section.compareDocumentPosition(empty) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('stays out of the way of a learner with nothing due', async () => {
    fakeApi({
      'GET /api/v1/me/': () => learner,
      'GET /api/v1/topics/': () => topics,
      'GET /api/v1/me/progress/': () => emptyProgress,
      'GET /api/v1/me/assignments/': () => [myAssignmentOf({ state: 'upcoming' })],
    });
    renderApp('/');
    await screen.findByText('No topics are published yet.');
    expect(screen.queryByRole('region', { name: 'Your assignments' })).not.toBeInTheDocument();
  });
});
