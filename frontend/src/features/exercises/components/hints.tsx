import { useState } from 'react';

/** Hints revealed one at a time, so a learner takes only as much help as they need. */
export function Hints({ hints }: { hints: string[] }) {
  const [shown, setShown] = useState(0);
  if (hints.length === 0) return null;
  return (
    <section className="hints" aria-labelledby="hints-heading">
      <h2 id="hints-heading" className="section-title">
        Hints
      </h2>
      {shown > 0 && (
        <ol className="hints__list" aria-live="polite">
          {hints.slice(0, shown).map((hint, i) => (
            <li key={i}>{hint}</li>
          ))}
        </ol>
      )}
      {shown < hints.length ? (
        <button type="button" className="button button--secondary" onClick={() => setShown((n) => n + 1)}>
          Show hint {shown + 1} of {hints.length}
        </button>
      ) : (
        <p className="muted">That was the last hint.</p>
      )}
    </section>
  );
}
