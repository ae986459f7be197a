import { ErrorState, Loading } from '../../../components/ui/status';
import { formatScore, percent } from '../../../lib/format';
import { useExerciseStats } from '../api/exercise-stats';
import { Stat } from '../../../components/ui/stat';
import { RegradeControl } from './regrade-control';

/**
 * How learners fare on one exercise, and regrading its submissions; `onRegraded` runs when a
 * regrade started or followed here finishes.
 */
export function ExerciseStats({ slug, title, onRegraded }: { slug: string; title: string; onRegraded?: () => void }) {
  const stats = useExerciseStats(slug);
  if (stats.isPending) return <Loading label="Loading the exercise's statistics…" />;
  if (stats.isError) return <ErrorState error={stats.error} />;
  const s = stats.data;
  const verdicts = Object.entries(s.verdicts).sort((a, b) => b[1] - a[1]);
  const maxVerdict = Math.max(1, ...verdicts.map(([, n]) => n));
  const maxFailures = Math.max(1, ...s.most_failed_tests.map((t) => t.failures));
  return (
    <section className="card" aria-labelledby="stats-heading">
      <h2 id="stats-heading" className="card__title">
        Statistics: {title}
      </h2>
      <div className="overall__stats">
        <Stat value={s.attempts} label="attempts" />
        <Stat value={s.learners} label="learners" />
        <Stat value={s.solved_by} label="solved it" />
        <Stat value={s.pass_rate == null ? '—' : `${Math.round(s.pass_rate * 100)}%`} label="pass rate" />
        <Stat value={formatScore(s.average_score)} label="average score" />
      </div>
      <div className="stats-columns">
        <div>
          <h3 className="section-title">Verdicts</h3>
          {verdicts.length === 0 ? (
            <p className="muted">No graded attempts yet.</p>
          ) : (
            <ul className="hbars">
              {verdicts.map(([verdict, n]) => (
                <li key={verdict} className="hbars__row">
                  <span className="hbars__label">{verdict.replaceAll('_', ' ')}</span>
                  <span className="hbars__track" aria-hidden="true">
                    <span
                      className={`hbars__fill${verdict === 'accepted' ? ' hbars__fill--ok' : ' hbars__fill--fail'}`}
                      style={{ width: `${percent(n, maxVerdict)}%` }}
                    />
                  </span>
                  <span className="hbars__value">{n}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3 className="section-title">Most failed tests</h3>
          {s.most_failed_tests.length === 0 ? (
            <p className="muted">No failed tests.</p>
          ) : (
            <ul className="hbars">
              {s.most_failed_tests.map((t) => (
                <li key={t.name} className="hbars__row">
                  <span className="hbars__label">{t.name}</span>
                  <span className="hbars__track" aria-hidden="true">
                    <span
                      className="hbars__fill hbars__fill--fail"
                      style={{ width: `${percent(t.failures, maxFailures)}%` }}
                    />
                  </span>
                  <span className="hbars__value">{t.failures}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <RegradeControl slug={slug} onFinished={onRegraded} />
    </section>
  );
}
