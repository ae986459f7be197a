import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/errors';
import { Field } from '../../../components/ui/field';
import { ErrorState } from '../../../components/ui/status';
import { useSignIn } from '../api/sign-in';

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const signIn = useSignIn();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const fieldErrors = signIn.error instanceof ApiError ? signIn.error.errors : {};

  function submit(event: FormEvent) {
    event.preventDefault();
    signIn.mutate({ username, password }, { onSuccess: onSignedIn });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      {signIn.error && <ErrorState error={signIn.error} title="Could not sign in" />}
      <Field
        label="Username"
        name="username"
        autoComplete="username"
        required
        value={username}
        onChange={(e) => setUsername(e.target.value)}
        errors={fieldErrors.username}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        errors={fieldErrors.password}
      />
      <button type="submit" className="button" disabled={signIn.isPending}>
        {signIn.isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
