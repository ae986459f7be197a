import type { Schemas } from '../../../api/client';

const DAYS = 91; // 13 weeks, the API's last 90 days plus today

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The streak and a grid of the last 13 weeks, one square per day (UTC, as the API counts). */
export function Activity({ progress }: { progress: Pick<Schemas['Progress'], 'active_days' | 'streak'> }) {
  const active = new Set(progress.active_days);
  const today = new Date();
  const days = Array.from({ length: DAYS }, (_, i) => {
    const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - (DAYS - 1 - i)));
    return isoDay(d);
  });
  return (
    <section className="card" aria-labelledby="activity-heading">
      <h2 id="activity-heading" className="card__title">
        Activity
      </h2>
      <p className="activity__streak">
        <strong>{progress.streak}</strong> {progress.streak === 1 ? 'day' : 'days'} in a row ·{' '}
        {progress.active_days.length} active {progress.active_days.length === 1 ? 'day' : 'days'} in the last 90
      </p>
      <ol className="activity__grid" aria-hidden="true">
        {days.map((day) => (
          <li
            key={day}
            className={`activity__day${active.has(day) ? ' activity__day--active' : ''}`}
            title={`${day}${active.has(day) ? ': active' : ''}`}
          />
        ))}
      </ol>
    </section>
  );
}
