import { ConfirmButton } from '../../../components/ui/confirm-button';
import { Empty, ErrorState, Loading } from '../../../components/ui/status';
import { formatDateTime } from '../../../lib/format';
import { useLeaveClass, useMyClasses, type MyClass } from '../api/my-classes';
import { classDates, joinNames } from '../utils/labels';

/** The classes you belong to, newest first, each with a "Leave" button. */
export function MyClassList({ onLeft }: { onLeft: (myClass: MyClass) => void }) {
  const list = useMyClasses();
  const leave = useLeaveClass();
  if (list.isPending) return <Loading label="Loading your classes…" />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const classes = list.data.pages.flatMap((page) => page.results);
  if (classes.length === 0)
    return <Empty>You are not in any class yet. Join one with the code your instructor gives you.</Empty>;
  return (
    <div className="stack">
      {leave.error ? <ErrorState error={leave.error} title="Could not leave the class" /> : null}
      <ul className="class-cards">
        {classes.map((c) => (
          <li key={c.id} className="card card--stacked class-card">
            <h3 className="class-card__name">
              {c.name} {c.archived && <span className="badge badge--archived">Archived</span>}
            </h3>
            {c.description && <p>{c.description}</p>}
            <dl className="meta-grid">
              <dt>Taught by</dt>
              <dd>{joinNames(c.instructors)}</dd>
              <dt>Dates</dt>
              <dd>{classDates(c.starts_on, c.ends_on)}</dd>
              <dt>Joined</dt>
              <dd>{formatDateTime(c.joined_at)}</dd>
            </dl>
            {c.archived ? (
              <p className="muted">This class is archived, so you cannot leave it.</p>
            ) : (
              <ConfirmButton
                label="Leave"
                ariaLabel={`Leave ${c.name}`}
                question={`Leave ${c.name}? You need a join code to come back.`}
                confirmLabel="Yes, leave"
                disabled={leave.isPending && leave.variables === c.id}
                onConfirm={() => leave.mutate(c.id, { onSuccess: () => onLeft(c) })}
              />
            )}
          </li>
        ))}
      </ul>
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
