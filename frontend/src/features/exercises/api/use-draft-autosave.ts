/**
 * Saves the answer being written as the learner's draft, a moment after they stop typing, and
 * says whether everything written has reached the server.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { isAnswerReady, type Answer } from '../utils/answer';
import { deleteDraft, saveDraft } from './drafts';

export type DraftState = {
  /** The answer on screen is not what the server holds yet (being typed, saving, or failed). */
  unsaved: boolean;
  saving: boolean;
  /** The last save failed; the next change tries again. */
  error: unknown;
  /** A save has succeeded during this visit, or a draft was restored. */
  saved: boolean;
};

/** Milliseconds after the last change before the draft is saved. */
export const DRAFT_DELAY_MS = 1000;

export function useDraftAutosave(slug: string, answer: Answer, { restored = false, delayMs = DRAFT_DELAY_MS } = {}) {
  const current = JSON.stringify(answer);
  // What the server holds: at first, the answer the editor opened on (the draft, or an answer
  // the learner has not changed yet).
  const [stored, setStored] = useState(current);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(restored);
  const inFlight = useRef<Promise<unknown>>(Promise.resolve());
  const latest = useRef(answer);
  const resetting = useRef(false);
  useEffect(() => {
    latest.current = answer;
  });

  const store = useCallback(
    (next: Answer) => {
      const text = JSON.stringify(next);
      setSaving(true);
      setError(null);
      // An empty answer is no draft at all: the starter comes back next time.
      const call = isAnswerReady(next) ? saveDraft(slug, next) : deleteDraft(slug);
      const done = call.then(
        () => {
          setStored(text);
          setSaved(true);
        },
        (failure: unknown) => setError(failure),
      );
      inFlight.current = done.finally(() => setSaving(false));
      return inFlight.current;
    },
    [slug],
  );

  useEffect(() => {
    if (current === stored) return;
    const timer = setTimeout(() => {
      if (!resetting.current) void store(latest.current);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [current, stored, store, delayMs]);

  /**
   * Deletes the draft (after any save still on its way) and takes `starter` as what is stored;
   * false when the draft could not be deleted (the error is in the state).
   */
  const reset = useCallback(
    async (starter: Answer): Promise<boolean> => {
      resetting.current = true;
      try {
        await inFlight.current;
        setError(null);
        await deleteDraft(slug);
        setStored(JSON.stringify(starter));
        setSaved(false);
        return true;
      } catch (failure) {
        setError(failure);
        return false;
      } finally {
        resetting.current = false;
      }
    },
    [slug],
  );

  const state: DraftState = { unsaved: current !== stored || saving, saving, error, saved };
  return { state, reset };
}
