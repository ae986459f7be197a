import type { ReactNode } from 'react';

/** The frame of the signed-out pages: the brand, a card, and what the product is. */
export function AuthFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="auth-page">
      <div className="auth-card">
        <p className="brand brand--large">
          <span className="brand__mark" aria-hidden="true" />
          Stepwise
        </p>
        <p className="muted">Learn Python backend development one graded step at a time.</p>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}
