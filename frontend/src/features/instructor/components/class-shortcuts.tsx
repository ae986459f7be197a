import { Link } from 'react-router';
import { ErrorState, Loading } from '../../../components/ui/status';
import { useClassChoices } from '../api/class-choices';

/** Each class taught, with the way to its assignments and its gradebook. */
export function ClassShortcuts() {
  const classes = useClassChoices();
  return (
    <section className="card" aria-labelledby="class-shortcuts-heading">
      <h2 id="class-shortcuts-heading" className="card__title">
        Assignments and gradebooks
      </h2>
      {classes.isPending ? (
        <Loading label="Loading your classes…" />
      ) : classes.isError ? (
        <ErrorState error={classes.error} onRetry={() => void classes.refetch()} />
      ) : classes.data.length === 0 ? (
        <p className="muted">You do not teach a class yet.</p>
      ) : (
        <ul className="class-shortcuts">
          {classes.data.map((c) => (
            <li key={c.id}>
              <span className="class-shortcuts__name">
                {c.name}
                {c.archived && <span className="muted"> (archived)</span>}
              </span>
              <Link to={`/instructor/classes/${c.id}/assignments`}>
                Assignments<span className="visually-hidden"> of {c.name}</span>
              </Link>
              <Link to={`/instructor/classes/${c.id}/gradebook`}>
                Gradebook<span className="visually-hidden"> of {c.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
