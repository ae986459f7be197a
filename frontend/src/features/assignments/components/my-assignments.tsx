import { Link } from 'react-router';
import type { Schemas } from '../../../api/client';
import { ErrorState } from '../../../components/ui/status';
import { formatDateTimeWithZone } from '../../../lib/local-date-time';
import { useMyAssignments } from '../api/my-assignments';

type MyAssignment = Schemas['MyAssignment'];

/** The states worth a learner's attention now; upcoming and closed ones stay out of the way. */
const SHOWN: Record<string, { label: string; badge: string }> = {
  due_soon: { label: 'Due soon', badge: 'badge--due-soon' },
  late: { label: 'Past due', badge: 'badge--failed' },
  open: { label: 'Open', badge: 'badge--pending' },
};

const EXERCISE_STATUS: Record<string, { label: string; badge: string }> = {
  not_started: { label: 'Not started', badge: 'badge--not-started' },
  attempted: { label: 'Attempted', badge: 'badge--attempted' },
  solved: { label: 'Solved', badge: 'badge--solved' },
  solved_late: { label: 'Solved late', badge: 'badge--solved-late' },
  too_late: { label: 'Too late to count', badge: 'badge--failed' },
};

const isCurrent = (a: MyAssignment) => a.state in SHOWN;

/**
 * "Your assignments": the learner's open, nearly due and past-due assignments, soonest due
 * first, each exercise with its status and a link to it. Nothing at all when there are none,
 * so learners outside any class see the page as before.
 */
export function MyAssignments() {
  const mine = useMyAssignments();
  if (mine.isError) return <ErrorState error={mine.error} title="Could not load your assignments" />;
  const current = mine.data?.filter(isCurrent) ?? [];
  if (current.length === 0) return null;
  return (
    <section className="card my-assignments" aria-labelledby="my-assignments-heading">
      <h2 id="my-assignments-heading" className="card__title">
        Your assignments
      </h2>
      <ul className="my-assignments__list">
        {current.map((a) => (
          <AssignmentItem key={a.id} assignment={a} />
        ))}
      </ul>
    </section>
  );
}

function AssignmentItem({ assignment: a }: { assignment: MyAssignment }) {
  const state = SHOWN[a.state];
  const done = a.exercises.filter((e) => e.status === 'solved' || e.status === 'solved_late').length;
  return (
    <li className="my-assignment">
      <div className="my-assignment__head">
        <h3 className="my-assignment__title">{a.title}</h3>
        {state && <span className={`badge ${state.badge}`}>{state.label}</span>}
      </div>
      <p className="my-assignment__meta">
        {a.class_name} · Due <time dateTime={a.due_at}>{formatDateTimeWithZone(a.due_at)}</time>
        {a.extended && <span className="gb-marker gb-marker--extended">extended for you</span>} · {done} of{' '}
        {a.exercises.length} solved
      </p>
      {a.state === 'late' && <p className="my-assignment__late">{lateNote(a)}</p>}
      <ol className="my-assignment__exercises">
        {a.exercises.map((e) => {
          const status = EXERCISE_STATUS[e.status] ?? { label: e.status, badge: 'badge--pending' };
          return (
            <li key={e.slug}>
              <Link to={`/exercises/${e.slug}`}>{e.title}</Link>{' '}
              <span className={`badge ${status.badge}`}>{status.label}</span>{' '}
              <span className="muted">{e.points} points</span>
            </li>
          );
        })}
      </ol>
    </li>
  );
}

function lateNote(a: MyAssignment): string {
  const worth =
    a.late_multiplier >= 1
      ? 'Work handed in now still counts in full, marked late'
      : a.late_multiplier <= 0
        ? 'Work handed in now is recorded but earns no points'
        : `Work handed in now counts for ${Math.round(a.late_multiplier * 100)}% of its points`;
  return a.cutoff_at ? `${worth}, until ${formatDateTimeWithZone(a.cutoff_at)}.` : `${worth}.`;
}
