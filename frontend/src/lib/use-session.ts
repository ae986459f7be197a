import { useSyncExternalStore } from 'react';
import { session } from '../api/client';
import type { SessionSnapshot } from '../api/session';

/** The session as React state: re-renders when the learner signs in, out, or expires. */
export function useSession(): SessionSnapshot {
  return useSyncExternalStore(session.subscribe, session.snapshot);
}
