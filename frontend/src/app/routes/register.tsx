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

  if (signedIn) return <Navigate to={next} replace />;
  return (
    <AuthFrame title="Create your account">
      <RegisterForm onRegistered={() => void navigate(next, { replace: true })} />
      <p>
        Already have an account? <Link to="/sign-in">Sign in</Link>
      </p>
    </AuthFrame>
  );
}
