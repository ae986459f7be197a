import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import { safeNext } from '../../lib/format';
import { useSession } from '../../lib/use-session';
import { AuthFrame } from './auth-frame';
import { useDocumentTitle } from '../../lib/use-document-title';

export function SignInRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { signedIn } = useSession();
  useDocumentTitle('Sign in');
  const next = safeNext(params.get('next'));
  const expired = params.get('expired') === '1';
  const registerHref = params.get('next') ? `/register?next=${encodeURIComponent(next)}` : '/register';

  if (signedIn) return <Navigate to={next} replace />;
  return (
    <AuthFrame title="Sign in">
      {expired && (
        <p className="notice" role="status">
          Your session has expired. Sign in again to continue where you left off.
        </p>
      )}
      <SignInForm onSignedIn={() => void navigate(next, { replace: true })} />
      <p>
        New here? <Link to={registerHref}>Create an account</Link>
      </p>
    </AuthFrame>
  );
}
