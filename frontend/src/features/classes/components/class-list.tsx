import { Link } from 'react-router';
import { Empty, ErrorState, Loading } from '../../../components/ui/status';
import { useTaughtClasses, type Classroom } from '../api/classes';
import { classDates, roleLabel } from '../utils/labels';

/** The classes you teach as a table, newest first; `detailHref` says where a name links to. */
export function ClassList({ detailHref }: { detailHref: (classroom: Classroom) => string }) {
  const list = useTaughtClasses();
  if (list.isPending) return <Loading label="Loading your classes…" />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const rows = list.data.pages.flatMap((page) => page.results);
  if (rows.length === 0) return <Empty>You do not teach any classes yet. Create one below.</Empty>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Classes you teach</caption>
        <thead>
          <tr>
            <th scope="col">Class</th>
            <th scope="col">Your role</th>
            <th scope="col">Learners</th>
            <th scope="col">Dates</th>
            <th scope="col">Joining</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id}>
              <td>
                <Link to={detailHref(c)}>{c.name}</Link>{' '}
                {c.archived && <span className="badge badge--archived">Archived</span>}
              </td>
              <td>{roleLabel(c.role)}</td>
              <td>{c.learner_count}</td>
              <td>{classDates(c.starts_on, c.ends_on)}</td>
              <td>{c.archived ? 'Closed (archived)' : c.join_code ? <code>{c.join_code}</code> : 'Closed'}</td>
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
