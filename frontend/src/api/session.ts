/**
 * The signed-in session: the token pair and who is listening for its changes.
 *
 * The access token lives in memory only: it is what an XSS payload would want most, and it
 * is short-lived, so losing it on reload costs one refresh. The refresh token lives in
 * sessionStorage, chosen over memory so that a reload or a link opened in the same tab keeps
 * the learner signed in (a memory-only token would sign them out on every F5, in the middle
 * of an exercise). sessionStorage is scoped to the tab and cleared when it closes, and the
 * token rotates on every refresh with the old one blacklisted by the server, so a stolen
 * copy is short-lived too. Nothing is stored in localStorage or cookies.
 */

export type TokenPair = { access: string; refresh: string };

/** Why the last session ended: the learner signed out, or the server stopped accepting it. */
export type EndReason = 'signed-out' | 'expired';

export type SessionSnapshot = {
  signedIn: boolean;
  endReason: EndReason | null;
};

export type Session = {
  getAccess(): string | null;
  getRefresh(): string | null;
  setTokens(pair: TokenPair): void;
  end(reason: EndReason): void;
  snapshot(): SessionSnapshot;
  subscribe(listener: () => void): () => void;
};

const REFRESH_KEY = 'stepwise.refresh';

export function createSession(storage: Storage | null): Session {
  let access: string | null = null;
  let refresh: string | null = safeRead(storage);
  let current: SessionSnapshot = { signedIn: refresh !== null, endReason: null };
  const listeners = new Set<() => void>();

  function publish(next: SessionSnapshot) {
    current = next;
    listeners.forEach((listener) => listener());
  }

  return {
    getAccess: () => access,
    getRefresh: () => refresh,
    setTokens(pair) {
      access = pair.access;
      refresh = pair.refresh;
      safeWrite(storage, pair.refresh);
      if (!current.signedIn) publish({ signedIn: true, endReason: null });
    },
    end(reason) {
      const wasSignedIn = current.signedIn;
      access = null;
      refresh = null;
      safeWrite(storage, null);
      if (wasSignedIn || current.endReason !== reason) publish({ signedIn: false, endReason: reason });
    },
    snapshot: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function safeRead(storage: Storage | null): string | null {
  try {
    return storage?.getItem(REFRESH_KEY) ?? null;
  } catch {
    return null; // storage disabled (private mode, sandboxed iframe): memory only
  }
}

function safeWrite(storage: Storage | null, value: string | null) {
  try {
    if (value === null) storage?.removeItem(REFRESH_KEY);
    else storage?.setItem(REFRESH_KEY, value);
  } catch {
    // memory only, see safeRead
  }
}
