import type { Schemas } from '../../../api/client';
import { LazyCodeEditor } from '../../../components/code-editor/lazy-code-editor';
import type { Answer, ExerciseSpec } from '../utils/answer';
import { ProjectEditor } from './project-editor';

type Props = {
  spec: ExerciseSpec;
  answer: Answer;
  onChange: (answer: Answer) => void;
  disabled?: boolean;
  /** The line of the answer the latest result's error points at, marked in the editor. */
  errorLine?: number | null | undefined;
};

/** The input that fits the exercise: option buttons, a text field, or the code editor. */
export function AnswerInput({ spec, answer, onChange, disabled, errorLine }: Props) {
  switch (spec.kind) {
    case 'choice':
      return (
        <ChoiceInput
          spec={spec}
          chosen={answer.kind === 'choice' ? answer.choices : []}
          onChange={(choices) => onChange({ kind: 'choice', choices })}
          disabled={disabled}
        />
      );
    case 'text':
      return (
        <div className="field">
          <label htmlFor="text-answer">Your answer</label>
          <input
            id="text-answer"
            type="text"
            autoComplete="off"
            placeholder={spec.placeholder}
            value={answer.kind === 'text' ? answer.text : ''}
            onChange={(e) => onChange({ kind: 'text', text: e.target.value })}
            disabled={disabled}
          />
        </div>
      );
    case 'django':
      return (
        <ProjectEditor
          spec={spec}
          files={answer.kind === 'django' ? answer.files : {}}
          onChange={(files) => onChange({ kind: 'django', files })}
        />
      );
    case 'sql':
      return (
        <EditorField
          label="Your SQL statement"
          language="sql"
          value={answer.kind === 'sql' ? answer.query : ''}
          onChange={(query) => onChange({ kind: 'sql', query })}
          errorLine={errorLine}
        />
      );
    case 'code':
    case 'http':
    case 'pytest': {
      const kind = spec.kind;
      return (
        <EditorField
          label={EDITOR_LABEL[kind]}
          language="python"
          value={answer.kind === kind ? answer.source : ''}
          onChange={(source) => onChange({ kind, source })}
          errorLine={errorLine}
        />
      );
    }
  }
}

const EDITOR_LABEL = {
  code: 'Your Python code',
  http: 'Your WSGI application (Python)',
  pytest: 'Your test file (pytest)',
} as const;

function EditorField({
  label,
  language,
  value,
  onChange,
  errorLine,
}: {
  label: string;
  language: 'python' | 'sql';
  value: string;
  onChange: (value: string) => void;
  errorLine: number | null | undefined;
}) {
  return (
    <div className="field">
      <span className="field__label" id="editor-label">
        {label}
      </span>
      <LazyCodeEditor
        label={label}
        language={language}
        value={value}
        onChange={onChange}
        describedBy="editor-help"
        errorLine={errorLine}
      />
      <p className="field__hint" id="editor-help">
        Tab indents. To leave the editor with the keyboard, press Esc, then Tab.
      </p>
    </div>
  );
}

function ChoiceInput({
  spec,
  chosen,
  onChange,
  disabled,
}: {
  spec: Schemas['ChoiceSpec'];
  chosen: string[];
  onChange: (choices: string[]) => void;
  disabled?: boolean | undefined;
}) {
  const multiple = Boolean(spec.multiple);
  function toggle(id: string) {
    if (!multiple) onChange([id]);
    else onChange(chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id]);
  }
  return (
    <fieldset className="choices" disabled={disabled}>
      <legend>{multiple ? 'Choose every correct answer' : 'Choose one answer'}</legend>
      {spec.options.map((option) => {
        const selected = chosen.includes(option.id);
        return (
          <label key={option.id} className={`choice${selected ? ' choice--selected' : ''}`}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name="choice"
              value={option.id}
              checked={selected}
              onChange={() => toggle(option.id)}
            />
            <span>{option.text}</span>
          </label>
        );
      })}
    </fieldset>
  );
}
