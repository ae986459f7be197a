import { Link } from 'react-router';
import type { Schemas } from '../../../api/client';
import { Empty, ErrorState, Loading } from '../../../components/ui/status';
import { formatDateTime, formatScore } from '../../../lib/format';
import { useSubmissions, type SubmissionFilters } from '../api/submissions';
import { VerdictBadge } from './verdict-badge';

/**
 * Submissions as a table, newest first. `showUser` adds the learner column (instructors);
 * `detailHref` says where a row links to.
 */
export function SubmissionsTable({
  filters,
  showUser = false,
  detailHref,
  pageSize = 20,
  caption,
  linkLabel = 'Details',
}: {
  filters: SubmissionFilters;
  showUser?: boolean;
  detailHref: (submission: Schemas['SubmissionSummary']) => string;
  pageSize?: number;
  caption: string;
  linkLabel?: string;
}) {
  const list = useSubmissions(filters, pageSize);
  if (list.isPending) return <Loading label="Loading submissions…" />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const rows = list.data.pages.flatMap((p) => p.results);
  if (rows.length === 0) return <Empty>No submissions match.</Empty>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            {showUser && <th scope="col">Learner</th>}
            <th scope="col">Exercise</th>
            <th scope="col">Verdict</th>
            <th scope="col">Score</th>
            <th scope="col">
              <span className="visually-hidden">{linkLabel}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id}>
              <td>{formatDateTime(s.created_at)}</td>
              {showUser && (
                <td>
                  {s.user.display_name || s.user.username}{' '}
                  <span className="muted">
                    #{s.user.id} {s.user.username}
                  </span>
                </td>
              )}
              <td>{s.exercise_title}</td>
              <td>
                <VerdictBadge status={s.status} verdict={s.verdict} />
              </td>
              <td>{formatScore(s.score)}</td>
              <td>
                <Link to={detailHref(s)} aria-label={`${linkLabel}: ${s.exercise_title}, submission ${s.id}`}>
                  {linkLabel}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void list.fetchNextPage()}
          disabled={list.isFetchingNextPage}
        >
          {list.isFetchingNextPage ? 'Loading…' : 'Load more'}
        </button>
      )}
    </div>
  );
}
