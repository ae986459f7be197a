import { percent } from '../../lib/format';

/** A labelled bar; the label is what a screen reader announces. */
export function ProgressBar({
  value,
  max,
  label,
  size = 'md',
}: {
  value: number;
  max: number;
  label: string;
  size?: 'sm' | 'md';
}) {
  const pct = percent(value, max);
  return (
    <div
      className={`progress progress--${size}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={`${value} of ${max} (${pct}%)`}
    >
      <div className="progress__fill" style={{ width: `${pct}%` }} />
    </div>
  );
}
