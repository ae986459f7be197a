import { describe, expect, it } from 'vitest';
import { gradebook } from '../../../test/assignment-fixtures';
import { filterRows, isExtended, learnerName, nextSort, sortRows } from './gradebook-view';

const names = (rows: typeof gradebook.rows) => rows.map(learnerName);

describe('the gradebook view', () => {
  it('names a learner by display name, else username', () => {
    expect(names(gradebook.rows)).toEqual(['Ada Lovelace', 'bob', 'Cyrus Zed']);
  });

  it('matches names and usernames whatever the case and accents', () => {
    const rows = [
      ...gradebook.rows,
      { ...gradebook.rows[0]!, learner: { id: 10, username: 'zoe', display_name: 'Zoë Émile' } },
    ];
    expect(names(filterRows(rows, 'EMILE'))).toEqual(['Zoë Émile']);
    expect(names(filterRows(rows, 'BOB'))).toEqual(['bob']);
    expect(names(filterRows(rows, '  '))).toHaveLength(4);
  });

  it('breaks ties by name, so equal points keep a stable order', () => {
    const tied = gradebook.rows.map((row) => ({ ...row, total: 10 }));
    expect(names(sortRows(tied, { column: 'total', direction: 'descending' }))).toEqual([
      'Ada Lovelace',
      'bob',
      'Cyrus Zed',
    ]);
  });

  it('turns a column round on a second click; a new column starts where it makes sense', () => {
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'name')).toEqual({
      column: 'name',
      direction: 'descending',
    });
    expect(nextSort({ column: 'name', direction: 'ascending' }, 2)).toEqual({ column: 2, direction: 'descending' });
    expect(nextSort({ column: 2, direction: 'descending' }, 'name')).toEqual({
      column: 'name',
      direction: 'ascending',
    });
  });

  it('sees an extension in a due time that differs from the class’s, whatever its notation', () => {
    expect(isExtended({ due_at: '2026-09-08T23:00:00+02:00' }, { due_at: '2026-09-08T21:00:00Z' })).toBe(false);
    expect(isExtended({ due_at: '2026-09-09T21:00:00Z' }, { due_at: '2026-09-08T21:00:00Z' })).toBe(true);
  });
});
