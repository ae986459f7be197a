/** The verdicts a graded submission can have: each in words, and a verdict read from text. */
import type { Schemas } from '../../../api/client';

export type Verdict = Schemas['VerdictEnum'];

/** Every verdict's label. A record over the generated enum, so a verdict the API adds fails the type-check here. */
export const VERDICT_LABEL: Record<Verdict, string> = {
  accepted: 'Accepted',
  wrong_answer: 'Wrong answer',
  runtime_error: 'Runtime error',
  syntax_error: 'Syntax error',
  time_limit_exceeded: 'Time limit exceeded',
  memory_limit_exceeded: 'Memory limit exceeded',
  output_limit_exceeded: 'Output limit exceeded',
};

export function isVerdict(value: string): value is Verdict {
  return Object.hasOwn(VERDICT_LABEL, value);
}

/** Every verdict, in the order above: the choices of a verdict filter. */
export const VERDICTS: Verdict[] = Object.keys(VERDICT_LABEL).filter(isVerdict);

/** The verdict a URL parameter or a select's value names; undefined when it names none. */
export function verdictFrom(value: string | null | undefined): Verdict | undefined {
  return value && isVerdict(value) ? value : undefined;
}
