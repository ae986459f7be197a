import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A box that takes the keyboard focus whenever `focusKey` changes to a new defined value, so a
 * screen reader reads what just appeared and the next Tab starts from there. For where the
 * control just used is disabled or gone (a Submit button while the answer is graded).
 */
export function FocusOnChange({
  focusKey,
  className,
  children,
}: {
  focusKey: string | number | undefined;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey !== undefined) ref.current?.focus();
  }, [focusKey]);
  return (
    <div ref={ref} tabIndex={-1} className={`focus-target ${className ?? ''}`.trim()}>
      {children}
    </div>
  );
}
