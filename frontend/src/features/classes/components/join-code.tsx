import { useRef, useState } from 'react';
import { Field } from '../../../components/ui/field';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { ErrorState } from '../../../components/ui/status';
import { useCloseJoining, useNewJoinCode, type Classroom } from '../api/classes';

/**
 * The class's join code and the link that carries it; anyone who teaches the class can draw
 * a new code (which also opens joining) or close joining.
 */
export function JoinCode({ classroom, joinLink }: { classroom: Classroom; joinLink: (code: string) => string }) {
  const newCode = useNewJoinCode(classroom.id);
  const close = useCloseJoining(classroom.id);
  const [copied, setCopied] = useState<{ code: string; ok: boolean } | null>(null);
  const linkInput = useRef<HTMLInputElement>(null);
  const code = classroom.join_code;
  const link = code ? joinLink(code) : null;
  const pending = newCode.isPending || close.isPending;
  const error = newCode.error ?? close.error;
  const copiedNow = copied && copied.code === code ? copied : null;

  async function copy() {
    if (!code || !link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopied({ code, ok: true });
    } catch {
      // No clipboard (an insecure page, or permission refused): select the link to copy by hand.
      linkInput.current?.select();
      setCopied({ code, ok: false });
    }
  }

  function drawNewCode() {
    close.reset();
    newCode.mutate(undefined);
  }

  function closeJoining() {
    newCode.reset();
    close.mutate(undefined);
  }

  return (
    <section className="card card--stacked" aria-labelledby="join-code-heading">
      <h2 id="join-code-heading" className="card__title">
        Joining
      </h2>
      {error ? <ErrorState error={error} title="Could not change the join code" /> : null}
      {classroom.archived ? (
        <p>Nobody can join an archived class.</p>
      ) : code && link ? (
        <div className="stack">
          <p>
            Learners join with the code <strong className="join-code">{code}</strong>, or by opening the link below
            while signed in.
          </p>
          <div className="join-code__link">
            <Field ref={linkInput} label="Join link" readOnly value={link} onFocus={(e) => e.target.select()} />
            <button type="button" className="button button--secondary" onClick={() => void copy()}>
              Copy join link
            </button>
            <span role="status" className={copiedNow && !copiedNow.ok ? 'field__error' : 'muted'}>
              {copiedNow ? (copiedNow.ok ? 'Copied.' : 'Could not copy: the link is selected, copy it by hand.') : ''}
            </span>
          </div>
        </div>
      ) : (
        <p>Joining is closed: no code works for this class. Draw a new code to let learners join again.</p>
      )}
      <div className="button-row">
        {code ? (
          <ConfirmButton
            label="New code"
            question="The current code and link will stop working. Draw a new code?"
            confirmLabel="Yes, new code"
            disabled={classroom.archived || pending}
            small={false}
            onConfirm={drawNewCode}
          />
        ) : (
          <button
            type="button"
            className="button button--secondary"
            disabled={classroom.archived || pending}
            onClick={drawNewCode}
          >
            New code
          </button>
        )}
        {code && (
          <ConfirmButton
            label="Close joining"
            question="The current code and link will stop working, and nobody can join until you draw a new code. Close joining?"
            confirmLabel="Yes, close joining"
            disabled={classroom.archived || pending}
            small={false}
            onConfirm={closeJoining}
          />
        )}
      </div>
    </section>
  );
}
