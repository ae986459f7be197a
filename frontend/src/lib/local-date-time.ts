/**
 * Instants as people read and type them: in the viewer's own time zone. A
 * `<input type="datetime-local">` holds a wall-clock time with no zone (`2026-03-10T09:30`);
 * the API wants ISO 8601 with an offset. These convert between the two, reading the wall
 * clock in the browser's time zone, and format instants with the zone spelled out.
 */

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The viewer's time zone, e.g. `Europe/Paris`. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** An instant as a `datetime-local` value in the viewer's time zone (minutes only). */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return (
    `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/**
 * A `datetime-local` value, read in the viewer's time zone, as ISO 8601 with that zone's
 * offset at that moment (`2026-03-10T09:30:00+01:00`); `null` when it is empty or malformed.
 * A wall-clock time that does not exist (skipped by a daylight-saving change) moves forward
 * as the browser's `Date` moves it.
 */
export function fromLocalInput(value: string): string | null {
  const match = LOCAL_INPUT.exec(value.trim());
  if (!match) return null;
  const [year = 0, month = 1, day = 1, hours = 0, minutes = 0, seconds = 0] = match
    .slice(1)
    .map((part) => Number(part ?? 0));
  const date = new Date(year, month - 1, day, hours, minutes, seconds);
  // Date rolls 31 February over into March: a day that does not exist is not a time.
  if (Number.isNaN(date.getTime()) || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  // getTimezoneOffset() is minutes *behind* UTC: -60 in Paris in winter, i.e. +01:00.
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

const withZone = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  weekday: 'short',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
});

/** An instant in the viewer's time zone, with the zone named: "Tue, Mar 10, 2026, 9:30 AM CET". */
export function formatDateTimeWithZone(iso: string): string {
  return withZone.format(new Date(iso));
}
