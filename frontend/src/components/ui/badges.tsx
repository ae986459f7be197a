import type { Schemas } from '../../api/client';

export type ExerciseStatus = 'not-started' | 'attempted' | 'solved';

const STATUS_LABEL: Record<ExerciseStatus, string> = {
  'not-started': 'Not started',
  attempted: 'Attempted',
  solved: 'Solved',
};

export function StatusBadge({ status }: { status: ExerciseStatus }) {
  return <span className={`badge badge--${status}`}>{STATUS_LABEL[status]}</span>;
}

export function DifficultyBadge({ difficulty }: { difficulty: Schemas['DifficultyEnum'] | undefined }) {
  if (!difficulty) return null;
  return (
    <span className={`badge badge--${difficulty}`}>
      <span className="visually-hidden">Difficulty: </span>
      {difficulty}
    </span>
  );
}

export const KIND_LABEL: Record<Schemas['ExerciseKindEnum'], string> = {
  choice: 'Multiple choice',
  text: 'Short answer',
  code: 'Python',
  sql: 'SQL',
  http: 'WSGI app',
  pytest: 'pytest',
  django: 'Django',
};

export function KindBadge({ kind }: { kind: Schemas['ExerciseKindEnum'] }) {
  return <span className="badge badge--kind">{KIND_LABEL[kind]}</span>;
}

/** An exercise's status from the learner's progress: solved, attempted, or not started. */
export function exerciseStatus(
  progress: Pick<Schemas['ExerciseProgress'], 'attempts' | 'solved_at'> | undefined,
): ExerciseStatus {
  if (progress?.solved_at) return 'solved';
  if (progress && progress.attempts > 0) return 'attempted';
  return 'not-started';
}
