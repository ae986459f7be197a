import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { RegisterForm } from '../../features/auth/components/register-form';
import { safeNext } from '../../lib/format';
import { useSession } from '../../lib/use-session';
import { AuthFrame } from './auth-frame';
import { useDocumentTitle } from '../../lib/use-document-title';

export function RegisterRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { signedIn } = useSession();
  useDocumentTitle('Create your account');
  const next = safeNext(params.get('next'));
  const signInHref = params.get('next') ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in';

  if (signedIn) return <Navigate to={next} replace />;
  return (
    <AuthFrame title="Create your account">
      <RegisterForm onRegistered={() => void navigate(next, { replace: true })} />
      <p>
        Already have an account? <Link to={signInHref}>Sign in</Link>
      </p>
    </AuthFrame>
  );
}
