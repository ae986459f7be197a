import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { Schemas } from '../../../api/client';
import { Empty, ErrorState, Loading } from '../../../components/ui/status';
import { formatDateTimeWithZone } from '../../../lib/local-date-time';
import { useExportGradebook, useGradebook } from '../api/gradebook';
import {
  averageTotal,
  cellOf,
  filterRows,
  formatPoints,
  isExtended,
  learnerName,
  nextSort,
  sortRows,
  type Sort,
  type SortColumn,
} from '../utils/gradebook-view';

type Person = Schemas['GradebookPerson'];

/**
 * Learners × assignments: the points that count in each cell, with markers for late work and
 * for a learner's own due time; totals per learner and averages per assignment. Sortable by
 * any column, filterable by name; each learner's name links to `learnerHref`.
 */
export function GradebookTable({
  classId,
  learnerHref,
  selectedLearner,
}: {
  classId: number;
  learnerHref: (learner: Person) => string;
  selectedLearner?: number | undefined;
}) {
  const book = useGradebook(classId);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<Sort>({ column: 'name', direction: 'ascending' });
  if (book.isPending) return <Loading label="Loading the gradebook…" />;
  if (book.isError) return <ErrorState error={book.error} onRetry={() => void book.refetch()} />;
  const { assignments, rows: allRows } = book.data;
  const rows = sortRows(filterRows(allRows, query), sort);
  const columnName = (column: SortColumn) =>
    column === 'name'
      ? 'learner'
      : column === 'total'
        ? 'total'
        : (assignments.find((a) => a.id === column)?.title ?? '');
  const ariaSort = (column: SortColumn) => (sort.column === column ? sort.direction : undefined);
  const sortButton = (column: SortColumn, label: ReactNode) => (
    <button type="button" className="sort-button" onClick={() => setSort(nextSort(sort, column))}>
      {label}
      <span className="sort-button__arrow" aria-hidden="true">
        {sort.column === column ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
      </span>
    </button>
  );
  const average = averageTotal(allRows);

  return (
    <div className="stack">
      <div className="gradebook-toolbar">
        <div className="field">
          <label htmlFor="gradebook-filter">Find a learner</label>
          <input
            id="gradebook-filter"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="Name or username"
          />
        </div>
        <ExportButton classId={classId} />
      </div>
      {allRows.length === 0 ? (
        <Empty>No learner has joined this class yet.</Empty>
      ) : (
        <>
          <p className="muted" aria-live="polite">
            {rows.length === allRows.length
              ? `${allRows.length} ${allRows.length === 1 ? 'learner' : 'learners'}`
              : `${rows.length} of ${allRows.length} learners match “${query.trim()}”`}
          </p>
          <div className="table-wrap">
            <table className="table gradebook">
              <caption className="visually-hidden">
                Points per learner and assignment, sorted by {columnName(sort.column)}, {sort.direction}
              </caption>
              <thead>
                <tr>
                  <th scope="col" aria-sort={ariaSort('name')}>
                    {sortButton('name', 'Learner')}
                  </th>
                  {assignments.map((a) => (
                    <th key={a.id} scope="col" aria-sort={ariaSort(a.id)} className="gradebook__number">
                      {sortButton(
                        a.id,
                        <span>
                          {a.title} <span className="gradebook__possible">/ {a.points}</span>
                        </span>,
                      )}
                      <span className="gradebook__due">due {formatDateTimeWithZone(a.due_at)}</span>
                    </th>
                  ))}
                  <th scope="col" aria-sort={ariaSort('total')} className="gradebook__number">
                    {sortButton(
                      'total',
                      <span>
                        Total <span className="gradebook__possible">/ {book.data.points}</span>
                      </span>,
                    )}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr
                    key={row.learner.id}
                    className={row.learner.id === selectedLearner ? 'gradebook__row--selected' : undefined}
                  >
                    <th scope="row">
                      <Link
                        to={learnerHref(row.learner)}
                        aria-current={row.learner.id === selectedLearner ? 'true' : undefined}
                      >
                        {learnerName(row)}
                      </Link>{' '}
                      <span className="muted">{row.learner.username}</span>
                    </th>
                    {assignments.map((a) => {
                      const cell = cellOf(row, a.id);
                      return (
                        <td key={a.id} className="gradebook__number">
                          {formatPoints(cell?.points ?? 0)}
                          {cell?.late && (
                            <span className="gb-marker gb-marker--late" title="Late work counts in these points">
                              late
                            </span>
                          )}
                          {cell && isExtended(cell, a) && (
                            <span
                              className="gb-marker gb-marker--extended"
                              title={`Due ${formatDateTimeWithZone(cell.due_at)}`}
                            >
                              extended
                              <span className="visually-hidden">: due {formatDateTimeWithZone(cell.due_at)}</span>
                            </span>
                          )}
                        </td>
                      );
                    })}
                    <td className="gradebook__number gradebook__total">{formatPoints(row.total)}</td>
                  </tr>
                ))}
                {rows.length === 0 && (
                  <tr>
                    <td colSpan={assignments.length + 2}>No learner matches “{query.trim()}”.</td>
                  </tr>
                )}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">Class average</th>
                  {assignments.map((a) => (
                    <td key={a.id} className="gradebook__number">
                      {formatPoints(a.average)}
                    </td>
                  ))}
                  <td className="gradebook__number gradebook__total">{formatPoints(average)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
          {assignments.length === 0 && <p className="muted">This class has no assignments yet, so every total is 0.</p>}
        </>
      )}
    </div>
  );
}

function ExportButton({ classId }: { classId: number }) {
  const exportCsv = useExportGradebook(classId);
  return (
    <div className="gradebook-toolbar__export">
      <button
        type="button"
        className="button button--secondary"
        onClick={() => exportCsv.mutate()}
        disabled={exportCsv.isPending}
      >
        {exportCsv.isPending ? 'Preparing the file…' : 'Export CSV'}
      </button>
      {exportCsv.isError && <ErrorState error={exportCsv.error} title="The CSV could not be downloaded" />}
    </div>
  );
}

/** One learner's points per exercise in each assignment, from the gradebook already loaded. */
export function LearnerBreakdown({ classId, learner }: { classId: number; learner: number }) {
  const book = useGradebook(classId);
  const row = book.data?.rows.find((r) => r.learner.id === learner);
  if (!book.data || !row) return null;
  return (
    <ul className="breakdown">
      {book.data.assignments.map((a) => {
        const cell = cellOf(row, a.id);
        return (
          <li key={a.id}>
            <strong>{a.title}</strong>: {formatPoints(cell?.points ?? 0)} of {a.points}
            {cell && isExtended(cell, a) && <> (due for them {formatDateTimeWithZone(cell.due_at)})</>}
            <ul>
              {a.exercises.map((e) => {
                const score = cell?.exercises[e.slug];
                return (
                  <li key={e.slug}>
                    {e.title}:{' '}
                    {score
                      ? `${Math.round(score.score * 100)}% of ${e.points} points${score.late ? ', late' : ''}`
                      : 'nothing yet'}
                  </li>
                );
              })}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
