import { useState } from 'react';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { Empty, ErrorState, Loading } from '../../../components/ui/status';
import { formatDateTime } from '../../../lib/format';
import { useRemoveLearner, useRoster, type Classroom } from '../api/classes';
import { personName } from '../utils/labels';

/** The learners of a class, in the order they joined; anyone who teaches it can remove one. */
export function Roster({ classroom }: { classroom: Classroom }) {
  const roster = useRoster(classroom.id);
  const remove = useRemoveLearner(classroom.id);
  const [notice, setNotice] = useState('');

  function removeLearner(learner: { id: number; username: string; display_name: string }) {
    setNotice('');
    remove.mutate(learner.id, {
      onSuccess: () => setNotice(`${personName(learner)} is no longer in this class.`),
    });
  }

  return (
    <section className="card card--stacked" aria-labelledby="roster-heading">
      <h2 id="roster-heading" className="card__title">
        Learners <span className="muted">({classroom.learner_count})</span>
      </h2>
      {remove.error ? <ErrorState error={remove.error} title="Could not remove the learner" /> : null}
      <p role="status" className="status-line">
        {notice}
      </p>
      {roster.isPending ? (
        <Loading label="Loading the learners…" />
      ) : roster.isError ? (
        <ErrorState error={roster.error} onRetry={() => void roster.refetch()} />
      ) : roster.data.pages[0]?.results.length ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Learners of {classroom.name}</caption>
            <thead>
              <tr>
                <th scope="col">Learner</th>
                <th scope="col">Username</th>
                <th scope="col">Joined</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {roster.data.pages
                .flatMap((page) => page.results)
                .map(({ learner, joined_at }) => (
                  <tr key={learner.id}>
                    <td>{personName(learner)}</td>
                    <td>{learner.username}</td>
                    <td>{formatDateTime(joined_at)}</td>
                    <td className="table__actions">
                      <ConfirmButton
                        label="Remove"
                        ariaLabel={`Remove ${personName(learner)}`}
                        question={`Remove ${personName(learner)} from the class?`}
                        confirmLabel="Yes, remove"
                        disabled={classroom.archived || (remove.isPending && remove.variables === learner.id)}
                        onConfirm={() => removeLearner(learner)}
                      />
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
          {roster.hasNextPage && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void roster.fetchNextPage()}
              disabled={roster.isFetchingNextPage}
            >
              {roster.isFetchingNextPage ? 'Loading…' : 'Load more'}
            </button>
          )}
        </div>
      ) : (
        <Empty>No learners yet. Share the join code or link to let them in.</Empty>
      )}
    </section>
  );
}
