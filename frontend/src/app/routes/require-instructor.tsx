import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorState, Loading } from '../../components/ui/status';
import { useMe } from '../../features/auth/api/get-me';
import { canTeach } from './app-layout';

/** Shows its children to instructors and admins, and a "not allowed" page to everyone else. */
export function RequireInstructor({ children }: { children: ReactNode }) {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorState error={me.error} />;
  if (!canTeach(me.data.role)) {
    return (
      <div className="page page--narrow">
        <h1>Not allowed</h1>
        <p>The instructor area is for instructors. Your account is a {me.data.role} account.</p>
        <Link to="/">Back to the roadmap</Link>
      </div>
    );
  }
  return children;
}
