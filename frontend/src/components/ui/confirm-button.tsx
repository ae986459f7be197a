import { useEffect, useId, useRef, useState } from 'react';

/**
 * A button for something that cannot be undone: the first press asks, in place, and only
 * "yes" goes ahead. The question takes focus on "Cancel" so a second Enter does no harm;
 * Escape cancels, and focus returns to the button.
 */
export function ConfirmButton({
  label,
  ariaLabel,
  question,
  confirmLabel,
  onConfirm,
  disabled = false,
  small = true,
}: {
  label: string;
  /** A fuller name for screen readers when `label` alone is ambiguous (e.g. in a table row). */
  ariaLabel?: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
  small?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const asked = useRef(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  const size = small ? ' button--small' : '';

  useEffect(() => {
    if (asking) cancel.current?.focus();
    else if (asked.current) trigger.current?.focus();
    asked.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={trigger}
        type="button"
        className={`button button--secondary${size}`}
        aria-label={ariaLabel}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <span
      className="confirm"
      role="group"
      aria-labelledby={questionId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setAsking(false);
      }}
    >
      <span id={questionId} className="confirm__question">
        {question}
      </span>
      <button
        type="button"
        className={`button button--danger${size}`}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button ref={cancel} type="button" className={`button button--secondary${size}`} onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
