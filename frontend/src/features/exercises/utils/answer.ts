/** What the learner sends for an exercise, by kind, and where a fresh answer starts from. */
import type { Schemas } from '../../../api/client';

export type Exercise = Schemas['ExerciseDetail'];
export type ExerciseSpec = Schemas['ExerciseSpec'];
export type Answer = Schemas['AnswerRequest'];

/** The answer a learner starts from: the starter code, or nothing chosen or typed. */
export function starterAnswer(spec: ExerciseSpec): Answer {
  switch (spec.kind) {
    case 'choice':
      return { kind: 'choice', choices: [] };
    case 'text':
      return { kind: 'text', text: '' };
    case 'code':
      return { kind: 'code', source: spec.starter ?? '' };
    case 'http':
      return { kind: 'http', source: spec.starter ?? '' };
    case 'sql':
      return { kind: 'sql', query: spec.starter ?? '' };
    case 'pytest':
      return { kind: 'pytest', source: spec.starter ?? '' };
    case 'django':
      return {
        kind: 'django',
        files: Object.fromEntries(spec.editable.map((path) => [path, spec.starter?.[path] ?? ''])),
      };
  }
}

/** Whether the answer can be sent: something chosen, or some text, code, SQL or a file written. */
export function isAnswerReady(answer: Answer): boolean {
  switch (answer.kind) {
    case 'choice':
      return answer.choices.length > 0;
    case 'text':
      return answer.text.trim() !== '';
    case 'code':
    case 'http':
    case 'pytest':
      return answer.source.trim() !== '';
    case 'sql':
      return answer.query.trim() !== '';
    case 'django':
      return Object.values(answer.files).some((text) => text.trim() !== '');
  }
}
