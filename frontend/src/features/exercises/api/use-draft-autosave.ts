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
  // What the server holds: at first, the answer the editor opened on (the draft, the last
  // attempt or the starter).
  const [stored, setStored] = useState(current);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(restored);
  const inFlight = useRef<Promise<boolean>>(Promise.resolve(true));
  const latest = useRef(answer);
  const storedRef = useRef(stored);
  const paused = useRef(false);
  useEffect(() => {
    latest.current = answer;
    storedRef.current = stored;
  });

  /** Sends `next` (an empty answer deletes the draft: the starter comes back next time). */
  const store = useCallback(
    (next: Answer) => {
      const text = JSON.stringify(next);
      setSaving(true);
      setError(null);
      const call = isAnswerReady(next) ? saveDraft(slug, next) : deleteDraft(slug);
      inFlight.current = call
        .then(
          () => {
            storedRef.current = text;
            setStored(text);
            setSaved(true);
            return true;
          },
          (failure: unknown) => {
            setError(failure);
            return false;
          },
        )
        .finally(() => setSaving(false));
      return inFlight.current;
    },
    [slug],
  );

  useEffect(() => {
    if (current === stored) return;
    const timer = setTimeout(() => {
      if (!paused.current) void store(latest.current);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [current, stored, store, delayMs]);

  /** Saves what is on screen now, without waiting for the pause; false when it failed. */
  const flush = useCallback(async () => {
    await inFlight.current;
    if (JSON.stringify(latest.current) === storedRef.current) return true;
    return store(latest.current);
  }, [store]);

  /**
   * Drops the draft and takes `answer` as what the server holds: after a submission (which
   * keeps the answer) or a reset to the starter. False when the draft could not be deleted.
   */
  const replace = useCallback(
    async (next: Answer): Promise<boolean> => {
      paused.current = true;
      try {
        await inFlight.current;
        setError(null);
        await deleteDraft(slug);
        storedRef.current = JSON.stringify(next);
        setStored(storedRef.current);
        setSaved(false);
        return true;
      } catch (failure) {
        setError(failure);
        return false;
      } finally {
        paused.current = false;
      }
    },
    [slug],
  );

  const state: DraftState = { unsaved: current !== stored || saving, saving, error, saved };
  return { state, flush, replace };
}
