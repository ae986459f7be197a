import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, errorMessage } from '../../../api/errors';
import { Field } from '../../../components/ui/field';
import { useDeleteAccount, useDownloadMyData } from '../api/my-data';

/** Download everything the platform holds about you, as one JSON file. */
export function DownloadMyData() {
  const download = useDownloadMyData();
  return (
    <section className="card" aria-labelledby="download-heading">
      <h2 id="download-heading" className="card__title">
        Your data
      </h2>
      <p>Your profile, your classes, your progress and every answer you submitted, in one JSON file.</p>
      <button type="button" className="button" disabled={download.isPending} onClick={() => download.mutate()}>
        {download.isPending ? 'Preparing…' : 'Download my data'}
      </button>
      {download.isError && (
        <p role="alert" className="notice notice--error">
          {errorMessage(download.error)}
        </p>
      )}
    </section>
  );
}

/** What deleting the account does in the learner's classes, as each class chose. */
function WhatClassesKeep({ keptBy }: { keptBy: string[] }) {
  if (!keptBy.length) return <p>Nothing of yours is kept: your answers, scores and progress are all removed.</p>;
  const one = keptBy.length === 1;
  return (
    <p>
      Everything is removed, except that {keptBy.join(', ')} {one ? 'keeps' : 'keep'} the scores of your work for{' '}
      {one ? 'its' : 'their'} assignments under no name, as {one ? 'it' : 'they'} chose when you joined. Your answers
      themselves are removed there too.
    </p>
  );
}

/**
 * Delete the account: the password confirms it, and a tick box makes sure. `keptBy` names the
 * classes that keep the learner's scores anonymously.
 */
export function DeleteAccount({ keptBy }: { keptBy: string[] }) {
  const [password, setPassword] = useState('');
  const [sure, setSure] = useState(false);
  const remove = useDeleteAccount();
  const navigate = useNavigate();
  const fieldErrors = remove.error instanceof ApiError ? remove.error.errors.password : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    remove.mutate(password, { onSuccess: () => void navigate('/sign-in', { replace: true }) });
  }

  return (
    <section className="card" aria-labelledby="delete-heading">
      <h2 id="delete-heading" className="card__title">
        Delete your account
      </h2>
      <WhatClassesKeep keptBy={keptBy} />
      <form onSubmit={submit}>
        <Field
          label="Your password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          errors={fieldErrors}
          required
        />
        <label className="checkbox">
          <input type="checkbox" checked={sure} onChange={(event) => setSure(event.target.checked)} /> I understand this
          cannot be undone.
        </label>
        <button type="submit" className="button button--danger" disabled={!sure || !password || remove.isPending}>
          Delete my account
        </button>
        {remove.isError && !fieldErrors && (
          <p role="alert" className="notice notice--error">
            {errorMessage(remove.error)}
          </p>
        )}
      </form>
    </section>
  );
}
