import type { ReactNode } from 'react';

export const FILE_OWNED_LABEL = 'Managed by the curriculum files: read-only';

/** Marks a row in a list as owned by the curriculum files. */
export function FileOwnedBadge() {
  return <span className="badge badge--files">{FILE_OWNED_LABEL}</span>;
}

/**
 * Why a topic or exercise cannot be changed here: the curriculum files in the repository
 * define it, and every sync puts their version back, so an edit here would be undone. The
 * `actions` slot holds "copy into an exercise you own".
 */
export function FileOwnedNotice({ what, actions }: { what: 'topic' | 'exercise'; actions?: ReactNode }) {
  return (
    <div className="notice notice--files" role="note" aria-label="Read-only">
      <p className="notice__title">{FILE_OWNED_LABEL}</p>
      <p>
        This {what} comes from the curriculum files in the repository. It changes there, through a pull request; the API
        refuses edits made here, since the next sync of the files would undo them.
      </p>
      {actions}
    </div>
  );
}
