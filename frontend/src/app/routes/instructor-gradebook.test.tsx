import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { session } from '../../api/client';
import { classroomOf, gradebook, teacher } from '../../test/assignment-fixtures';
import { fakeApi } from '../../test/fake-api';
import { renderApp } from '../../test/render';

afterEach(() => {
  session.end('signed-out');
  vi.unstubAllGlobals();
});

const scene = () =>
  fakeApi({
    'GET /api/v1/me/': () => teacher,
    'GET /api/v1/classes/12/': () => classroomOf(),
    'GET /api/v1/classes/12/gradebook/': () => gradebook,
    'GET /api/v1/submissions/': () => ({ next: null, previous: null, results: [] }),
    'GET /api/v1/classes/12/gradebook.csv': () =>
      new Response('learner,Week 1\r\nada,5\r\n', {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': 'attachment; filename="gradebook-backend-basics.csv"',
        },
      }),
  });

/** The learners' names, top to bottom. */
function order(): string[] {
  return screen
    .getAllByRole('rowheader')
    .map((cell) => within(cell).queryByRole('link')?.textContent ?? '')
    .filter(Boolean);
}

const cell = (learner: string, column: number) =>
  within(screen.getByRole('row', { name: new RegExp(learner) })).getAllByRole('cell')[column]!;

describe('the gradebook', () => {
  it('shows points with late and extended markers, totals and averages', async () => {
    scene();
    renderApp('/instructor/classes/12/gradebook');
    await screen.findByRole('table');
    expect(order()).toEqual(['Ada Lovelace', 'bob', 'Cyrus Zed']);

    expect(cell('Ada Lovelace', 0)).toHaveTextContent(/^5\s*late$/);
    expect(cell('Ada Lovelace', 1)).toHaveTextContent(/14\.5\s*extended: due/);
    expect(cell('bob', 0)).toHaveTextContent(/^10$/);
    expect(cell('bob', 1)).not.toHaveTextContent('extended');
    expect(cell('bob', 2)).toHaveTextContent('30');

    const averages = within(screen.getByRole('row', { name: /Class average/ })).getAllByRole('cell');
    expect(averages.map((c) => c.textContent)).toEqual(['6.5', '12', '18']);
  });

  it('sorts by total, by an assignment, and by name, saying which way', async () => {
    const user = userEvent.setup();
    scene();
    renderApp('/instructor/classes/12/gradebook');
    await screen.findByRole('table');

    await user.click(screen.getByRole('button', { name: /^Total/ }));
    expect(order()).toEqual(['bob', 'Ada Lovelace', 'Cyrus Zed']);
    expect(screen.getByRole('columnheader', { name: /^Total/ })).toHaveAttribute('aria-sort', 'descending');
    await user.click(screen.getByRole('button', { name: /^Total/ }));
    expect(order()).toEqual(['Cyrus Zed', 'Ada Lovelace', 'bob']);

    await user.click(screen.getByRole('button', { name: /^Week 2/ }));
    expect(order()).toEqual(['bob', 'Ada Lovelace', 'Cyrus Zed']);
    expect(screen.getByRole('columnheader', { name: /^Total/ })).not.toHaveAttribute('aria-sort');

    await user.click(screen.getByRole('button', { name: /^Learner/ }));
    expect(order()).toEqual(['Ada Lovelace', 'bob', 'Cyrus Zed']);
  });

  it('filters by name or username, ignoring case', async () => {
    const user = userEvent.setup();
    scene();
    renderApp('/instructor/classes/12/gradebook');
    await user.type(await screen.findByLabelText('Find a learner'), 'CY');
    expect(order()).toEqual(['Cyrus Zed']);
    expect(screen.getByText('1 of 3 learners match “CY”')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Find a learner'));
    await user.type(screen.getByLabelText('Find a learner'), 'nobody');
    expect(order()).toEqual([]);
    expect(screen.getByText('No learner matches “nobody”.')).toBeInTheDocument();
  });

  it("opens a learner's work: their scores per exercise and their submissions in this class", async () => {
    const user = userEvent.setup();
    const api = scene();
    const { router } = renderApp('/instructor/classes/12/gradebook');
    await user.click(await screen.findByRole('link', { name: 'Ada Lovelace' }));
    expect(await screen.findByRole('heading', { name: 'Work by Ada Lovelace' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?learner=7');
    expect(screen.getByText(/FizzBuzz: 50% of 10 points, late/)).toBeInTheDocument();
    await screen.findByText('No submissions match.');
    expect(
      api.calls.some(
        (c) => c.path.startsWith('/api/v1/submissions/?') && c.path.includes('user=7') && c.path.includes('class=12'),
      ),
    ).toBe(true);
  });

  it('downloads the CSV through the API client, signed in', async () => {
    const user = userEvent.setup();
    const api = scene();
    const saved: { name: string; href: string }[] = [];
    const created: Blob[] = [];
    // jsdom has no object URLs: a URL class that has them, for this test only.
    vi.stubGlobal(
      'URL',
      class extends URL {
        static createObjectURL(blob: Blob) {
          created.push(blob);
          return 'blob:gradebook';
        }
        static revokeObjectURL() {}
      },
    );
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, href: this.href });
    });
    renderApp('/instructor/classes/12/gradebook');
    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));

    await waitFor(() => expect(saved).toEqual([{ name: 'gradebook-backend-basics.csv', href: 'blob:gradebook' }]));
    expect(await created[0]!.text()).toContain('ada,5');
    const call = api.calls.find((c) => c.path === '/api/v1/classes/12/gradebook.csv');
    expect(call?.auth).toBe('Bearer test-access');
  });
});
