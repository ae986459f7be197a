import type { Schemas } from '../../../api/client';
import { ProgressBar } from '../../../components/ui/progress-bar';
import { percent } from '../../../lib/format';
import { Stat } from '../../../components/ui/stat';

/** Exercises solved and points earned across the whole roadmap. */
export function OverallProgress({ overall, streak }: { overall: Schemas['ProgressCounts']; streak?: number }) {
  return (
    <section className="card overall" aria-labelledby="overall-heading">
      <h2 id="overall-heading" className="card__title">
        Your progress
      </h2>
      <div className="overall__stats">
        <Stat value={`${overall.solved}/${overall.total}`} label="exercises solved" />
        <Stat value={`${overall.attempted}`} label="attempted" />
        <Stat value={`${overall.points_earned}/${overall.points_total}`} label="points" />
        {streak !== undefined && <Stat value={`${streak}`} label={streak === 1 ? 'day streak' : 'days streak'} />}
      </div>
      <ProgressBar value={overall.solved} max={overall.total} label="Exercises solved overall" />
      <p className="muted overall__caption">{percent(overall.solved, overall.total)}% of the roadmap solved</p>
    </section>
  );
}
