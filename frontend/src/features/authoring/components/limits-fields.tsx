import { Field } from '../../../components/ui/field';
import { LIMIT_BOUNDS, LIMIT_NAMES, limitProblem, type LimitName } from '../utils/limits';
import type { FieldErrors } from '../utils/rows';

/**
 * The grading limits, each with its bounds from the contract beside it; the inputs refuse
 * values outside them. An empty box keeps the platform's default.
 */
export function LimitsFields({
  value,
  onChange,
  errors,
}: {
  value: Record<LimitName, string>;
  onChange: (value: Record<LimitName, string>) => void;
  errors: FieldErrors;
}) {
  return (
    <fieldset className="limits-fields">
      <legend>Limits</legend>
      {LIMIT_NAMES.map((name) => {
        const { min, max, label, unit } = LIMIT_BOUNDS[name];
        const problem = limitProblem(name, value[name]);
        return (
          <Field
            key={name}
            label={`${label} (${unit})`}
            name={`limits.${name}`}
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            step={1}
            placeholder="Default"
            hint={`From ${min} to ${max} ${unit}.`}
            value={value[name]}
            onChange={(event) => onChange({ ...value, [name]: event.target.value })}
            errors={errors[`limits.${name}`] ?? (problem ? [problem] : undefined)}
          />
        );
      })}
    </fieldset>
  );
}
