export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}

export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? '—' : `${Math.round(score * 100)}%`;
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/**
 * A calendar date from the API (`YYYY-MM-DD`), shown as that same day wherever the viewer is:
 * it is a day, not an instant, so it is read in the viewer's time zone rather than as UTC.
 */
export function formatDate(isoDate: string): string {
  const [year = NaN, month = NaN, day = NaN] = isoDate.split('-').map(Number);
  const date = new Date(year, month - 1, day);
  return Number.isNaN(date.getTime()) ? isoDate : dateOnly.format(date);
}

/** A "next" URL from a cursor-paginated list, reduced to its cursor. */
export function cursorOf(next: string | null | undefined): string | undefined {
  if (!next) return undefined;
  return new URL(next, 'http://x').searchParams.get('cursor') ?? undefined;
}

/** A "next" URL from a page-numbered list, reduced to its page number. */
export function pageOf(next: string | null | undefined): number | undefined {
  if (!next) return undefined;
  const page = Number(new URL(next, 'http://x').searchParams.get('page') ?? '1');
  return Number.isInteger(page) && page > 0 ? page : undefined;
}

/** A safe place to go back to after signing in: a path on this site, never another origin. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
