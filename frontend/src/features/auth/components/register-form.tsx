import { useState, type ChangeEvent, type FormEvent } from 'react';
import { ApiError } from '../../../api/errors';
import { Field } from '../../../components/ui/field';
import { ErrorState } from '../../../components/ui/status';
import { useRegister } from '../api/sign-in';

export function RegisterForm({ onRegistered }: { onRegistered: () => void }) {
  const register = useRegister();
  const [form, setForm] = useState({ username: '', email: '', display_name: '', password: '' });
  const fieldErrors = register.error instanceof ApiError ? register.error.errors : {};
  const set = (key: keyof typeof form) => (e: ChangeEvent<HTMLInputElement>) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    register.mutate(form, { onSuccess: onRegistered });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      {register.error && <ErrorState error={register.error} title="Could not create the account" />}
      <Field
        label="Username"
        name="username"
        autoComplete="username"
        required
        hint="3–150 letters, digits and @ . + - _"
        value={form.username}
        onChange={set('username')}
        errors={fieldErrors.username}
      />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        value={form.email}
        onChange={set('email')}
        errors={fieldErrors.email}
      />
      <Field
        label="Display name (optional)"
        name="display_name"
        autoComplete="nickname"
        value={form.display_name}
        onChange={set('display_name')}
        errors={fieldErrors.display_name}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        value={form.password}
        onChange={set('password')}
        errors={fieldErrors.password}
      />
      <button type="submit" className="button" disabled={register.isPending}>
        {register.isPending ? 'Creating your account…' : 'Create account'}
      </button>
    </form>
  );
}
