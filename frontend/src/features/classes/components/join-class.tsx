import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/errors';
import { Field } from '../../../components/ui/field';
import { ErrorState } from '../../../components/ui/status';
import { joinErrorMessage, useJoinClass, type JoinResult } from '../api/my-classes';

/** The "join with this code" button of a join link: the code is already in the address. */
export function JoinWithCode({ code, onJoined }: { code: string; onJoined: (result: JoinResult) => void }) {
  const join = useJoinClass();
  return (
    <div className="stack">
      <p>
        You are about to join a class with the code <strong className="join-code">{code}</strong>. The people who teach
        it will see your name, your username and your work on its exercises.
      </p>
      {join.error ? (
        <ErrorState error={join.error} title="Could not join" message={joinErrorMessage(join.error)} />
      ) : null}
      <button
        type="button"
        className="button"
        disabled={join.isPending}
        onClick={() => join.mutate(code, { onSuccess: onJoined })}
      >
        {join.isPending ? 'Joining…' : 'Join'}
      </button>
    </div>
  );
}

/** A form to type a join code given by an instructor. */
export function JoinClassForm({ onJoined }: { onJoined: (result: JoinResult) => void }) {
  const join = useJoinClass();
  const [code, setCode] = useState('');
  const codeErrors = join.error instanceof ApiError ? join.error.errors.code : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    join.mutate(code.trim(), {
      onSuccess: (result) => {
        setCode('');
        onJoined(result);
      },
    });
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label="Join a class">
      <Field
        label="Join code"
        hint="Your instructor gives you this code. Capitals, spaces and dashes do not matter."
        name="code"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={32}
        required
        value={code}
        onChange={(e) => setCode(e.target.value)}
        errors={codeErrors}
      />
      <button type="submit" className="button" disabled={join.isPending || !code.trim()}>
        {join.isPending ? 'Joining…' : 'Join'}
      </button>
      {join.error && !codeErrors ? <ErrorState error={join.error} title="Could not join" /> : null}
    </form>
  );
}
