/**
 * Guards against leaving a page while `dirty`: the browser's own prompt on reload or closing
 * the tab; on a link inside the app, `save` is tried first and the learner is asked only when
 * it fails.
 */
import { useEffect } from 'react';
import { useBlocker } from 'react-router';

export function useLeaveGuard(dirty: boolean, message: string, save: () => Promise<boolean>) {
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when a value is set; they ignore its text.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    let cancelled = false;
    void save().then((saved) => {
      if (cancelled) return;
      if (saved || window.confirm(message)) blocker.proceed();
      else blocker.reset();
    });
    return () => {
      cancelled = true;
    };
  }, [blocker, message, save]);
}
