import { Link } from 'react-router';
import { ApiError } from '../../api/errors';
import { useDocumentTitle } from '../../lib/use-document-title';

/** True when the API answered that the thing asked for does not exist (or is not yours to see). */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/** A page that is not there: what was asked for, what happened, and the ways back. */
export function NotFound({
  title = 'Page not found',
  message = 'There is nothing at this address.',
}: {
  title?: string;
  message?: string;
}) {
  useDocumentTitle(title);
  return (
    <div className="page page--narrow not-found">
      <h1>{title}</h1>
      <p>{message}</p>
      <p>Check the address, or find your way from here:</p>
      <ul className="not-found__links">
        <li>
          <Link to="/">Back to the roadmap</Link>
        </li>
        <li>
          <Link to="/progress">Your progress</Link>
        </li>
      </ul>
    </div>
  );
}
