/**
 * The bounds of an exercise's `limits`, as the contract states them (`LimitsRequest` in
 * openapi.yaml; the generated types carry no numbers, so they are repeated here and
 * `limits.test.ts` fails when the two differ).
 */
export const LIMIT_BOUNDS = {
  time_ms: { min: 100, max: 10_000, label: 'Time limit', unit: 'ms' },
  memory_mb: { min: 64, max: 1024, label: 'Memory limit', unit: 'MB' },
  output_kb: { min: 1, max: 1024, label: 'Output limit', unit: 'KB' },
} as const;

export type LimitName = keyof typeof LIMIT_BOUNDS;

export const LIMIT_NAMES: readonly LimitName[] = ['time_ms', 'memory_mb', 'output_kb'];

/** Why `text` is not an acceptable value for limit `name`, or null when it is (empty: the default). */
export function limitProblem(name: LimitName, text: string): string | null {
  if (text.trim() === '') return null;
  const { min, max, unit } = LIMIT_BOUNDS[name];
  const value = Number(text);
  if (!Number.isInteger(value)) return 'Enter a whole number.';
  if (value < min || value > max) return `Between ${min} and ${max} ${unit}.`;
  return null;
}
