import { ConfirmButton } from '../../../components/ui/confirm-button';
import type { DraftState } from '../api/use-draft-autosave';

function describe(state: DraftState): string {
  if (state.saving) return 'Saving…';
  if (state.error) return 'Your draft could not be saved. It is tried again when you change your answer.';
  if (state.unsaved) return 'Unsaved changes';
  return state.saved ? 'Draft saved' : '';
}

/**
 * Where the learner's draft stands (announced politely to screen readers), and a way back to
 * the starter that deletes the draft once confirmed.
 */
export function DraftControls({
  state,
  onReset,
  disabled = false,
}: {
  state: DraftState;
  onReset: () => void;
  disabled?: boolean;
}) {
  return (
    <div className="draft-controls">
      <span className="muted draft-controls__status" role="status" aria-live="polite">
        {describe(state)}
      </span>
      <ConfirmButton
        label="Reset to starter"
        question="Replace your answer with the starter and delete your draft?"
        confirmLabel="Reset"
        onConfirm={onReset}
        disabled={disabled}
      />
    </div>
  );
}
