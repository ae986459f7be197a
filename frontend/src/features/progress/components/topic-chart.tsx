import { Link } from 'react-router';
import type { Schemas } from '../../../api/client';
import { percent } from '../../../lib/format';

/**
 * One stacked bar per topic: solved, attempted but unsolved, untouched. A table under the
 * hood, so the numbers are there for screen readers and when CSS is off.
 */
export function TopicChart({ topics }: { topics: Schemas['TopicProgress'][] }) {
  const ordered = [...topics].sort((a, b) => a.order - b.order);
  return (
    <section className="card" aria-labelledby="topic-chart-heading">
      <h2 id="topic-chart-heading" className="card__title">
        By topic
      </h2>
      <div className="legend" aria-hidden="true">
        <span className="legend__item legend__item--solved">Solved</span>
        <span className="legend__item legend__item--attempted">Attempted</span>
        <span className="legend__item legend__item--open">Not started</span>
      </div>
      <table className="topic-chart">
        <thead className="visually-hidden">
          <tr>
            <th scope="col">Topic</th>
            <th scope="col">Progress</th>
            <th scope="col">Solved</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((topic) => {
            const unsolved = Math.max(topic.attempted - topic.solved, 0);
            return (
              <tr key={topic.slug}>
                <th scope="row" className="topic-chart__name">
                  <Link to={`/topics/${topic.slug}`}>{topic.title}</Link>
                </th>
                <td className="topic-chart__bar-cell">
                  <div className="stacked-bar" aria-hidden="true">
                    <span className="stacked-bar__solved" style={{ width: `${percent(topic.solved, topic.total)}%` }} />
                    <span className="stacked-bar__attempted" style={{ width: `${percent(unsolved, topic.total)}%` }} />
                  </div>
                  <span className="visually-hidden">
                    {topic.solved} solved, {unsolved} attempted, {topic.total - topic.attempted} not started
                  </span>
                </td>
                <td className="topic-chart__count">
                  {topic.solved}/{topic.total}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
