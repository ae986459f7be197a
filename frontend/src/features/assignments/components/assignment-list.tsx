import { useState } from 'react';
import { Link } from 'react-router';
import { Empty, ErrorState, Loading } from '../../../components/ui/status';
import { formatDateTimeWithZone } from '../../../lib/local-date-time';
import { useClassAssignments, useDeleteAssignment, type Assignment } from '../api/assignments';

/** A class's assignments, soonest due first, each with a link to change it and a delete button. */
export function AssignmentList({ classId, editHref }: { classId: number; editHref: (a: Assignment) => string }) {
  const list = useClassAssignments(classId);
  if (list.isPending) return <Loading label="Loading the assignments…" />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.length === 0)
    return <Empty>No assignments yet. Create one to give this class work with a due date.</Empty>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Assignments of this class</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Opens</th>
            <th scope="col">Due</th>
            <th scope="col">Cut-off</th>
            <th scope="col">Late work</th>
            <th scope="col">Exercises</th>
            <th scope="col">Extensions</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.data.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                <Link to={editHref(a)}>{a.title}</Link>
              </th>
              <td>{formatDateTimeWithZone(a.opens_at)}</td>
              <td>{formatDateTimeWithZone(a.due_at)}</td>
              <td>{a.cutoff_at ? formatDateTimeWithZone(a.cutoff_at) : <span className="muted">none</span>}</td>
              <td>{lateWork(a.late_multiplier)}</td>
              <td>
                {a.exercises.length} ({a.points} points)
              </td>
              <td>{a.extensions.length}</td>
              <td>
                <DeleteAssignment classId={classId} assignment={a} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function lateWork(multiplier: number): string {
  if (multiplier >= 1) return 'counts in full';
  if (multiplier <= 0) return 'counts nothing';
  return `counts ${Math.round(multiplier * 100)}%`;
}

/** Delete, asking once more first: the gradebook loses the column. */
function DeleteAssignment({ classId, assignment }: { classId: number; assignment: Assignment }) {
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteAssignment(classId);
  if (!confirming) {
    return (
      <button
        type="button"
        className="button button--link"
        onClick={() => setConfirming(true)}
        aria-label={`Delete ${assignment.title}`}
      >
        Delete
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={`Delete ${assignment.title}?`}>
      <span>Delete it and its gradebook column?</span>{' '}
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={remove.isPending}
        onClick={() => remove.mutate(assignment.id)}
      >
        {remove.isPending ? 'Deleting…' : 'Yes, delete'}
      </button>{' '}
      {/* Focus lands on the safe choice, where the Delete button was. */}
      <button type="button" className="button button--link" onClick={() => setConfirming(false)} autoFocus>
        Keep it
      </button>
      {remove.isError && <ErrorState error={remove.error} title="Not deleted" />}
    </span>
  );
}
