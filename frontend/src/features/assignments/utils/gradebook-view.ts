/**
 * The gradebook as the table shows it: rows filtered by learner name and sorted by a column
 * (name, total, or one assignment's points). Pure functions, so the rules are tested alone.
 */
import type { Schemas } from '../../../api/client';

export type GradebookRow = Schemas['GradebookRow'];
export type GradebookCell = Schemas['GradebookCell'];

/** A column to sort by: the learner's name, their total, or an assignment (by id). */
export type SortColumn = 'name' | 'total' | number;
export type SortDirection = 'ascending' | 'descending';
export type Sort = { column: SortColumn; direction: SortDirection };

export const learnerName = (row: GradebookRow) => row.learner.display_name || row.learner.username;

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function cellOf(row: GradebookRow, assignment: number): GradebookCell | undefined {
  return row.cells.find((c) => c.assignment === assignment);
}

/** Rows whose learner's display name or username contains `query`, ignoring case and accents. */
export function filterRows(rows: GradebookRow[], query: string): GradebookRow[] {
  const wanted = fold(query.trim());
  if (!wanted) return rows;
  return rows.filter(
    (row) => fold(row.learner.display_name).includes(wanted) || fold(row.learner.username).includes(wanted),
  );
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

function valueOf(row: GradebookRow, column: SortColumn): number {
  if (column === 'total') return row.total;
  if (column === 'name') return 0;
  return cellOf(row, column)?.points ?? 0;
}

/** Rows in the order of `sort`; ties go by name, so the order never depends on the API's. */
export function sortRows(rows: GradebookRow[], sort: Sort): GradebookRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byName = (a: GradebookRow, b: GradebookRow) =>
    collator.compare(learnerName(a), learnerName(b)) || a.learner.id - b.learner.id;
  return [...rows].sort((a, b) => {
    if (sort.column === 'name') return sign * byName(a, b);
    return sign * (valueOf(a, sort.column) - valueOf(b, sort.column)) || byName(a, b);
  });
}

/** Clicking a column: the same one turns its order round; a new one starts A→Z for names, highest first for points. */
export function nextSort(current: Sort, column: SortColumn): Sort {
  if (current.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { column, direction: column === 'name' ? 'ascending' : 'descending' };
}

/** The learner's due time differs from the class's: they have an extension. */
export function isExtended(
  cell: Pick<GradebookCell, 'due_at'>,
  assignment: Pick<Schemas['GradebookAssignment'], 'due_at'>,
) {
  return new Date(cell.due_at).getTime() !== new Date(assignment.due_at).getTime();
}

/** The mean of the learners' totals, or null without learners. */
export function averageTotal(rows: GradebookRow[]): number | null {
  if (rows.length === 0) return null;
  return rows.reduce((sum, row) => sum + row.total, 0) / rows.length;
}

const points = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

export function formatPoints(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : points.format(value);
}
