import type { KeyboardEvent } from 'react';

const onMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/**
 * Ctrl-Enter (⌘-Enter on a Mac) anywhere in a form submits it, as its Submit button would:
 * nothing happens while that button is disabled. Give it to the form's `onKeyDown`.
 */
export function submitOnModEnter(event: KeyboardEvent<HTMLFormElement>) {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
  event.preventDefault();
  const form = event.currentTarget;
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (!button || button.disabled) return;
  form.requestSubmit(button);
}

/** The keys of `submitOnModEnter`, for `aria-keyshortcuts` on the Submit button. */
export const SUBMIT_SHORTCUT = 'Control+Enter Meta+Enter';

/** Says that the shortcut exists, next to the button it stands for. */
export function SubmitShortcutHint({ id }: { id?: string }) {
  return (
    <span id={id} className="muted shortcut-hint">
      or press <kbd>{onMac ? '⌘' : 'Ctrl'}</kbd> + <kbd>Enter</kbd>
    </span>
  );
}
