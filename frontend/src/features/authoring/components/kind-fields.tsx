/** The part of the exercise form that depends on the kind: one component per kind. */
import { Field, TextAreaField } from '../../../components/ui/field';
import { newOption, textRow, type KindDraft } from '../utils/exercise-draft';
import { errorsUnder, type FieldErrors } from '../utils/rows';
import { CodeField } from './code-field';
import { FileList } from './file-list';
import { RowList } from './row-list';
import { BugRows, CodeTestRows, DjangoTestRows, HttpTestRows, SqlTestRows } from './test-rows';

type Props<K extends KindDraft['kind']> = {
  draft: Extract<KindDraft, { kind: K }>;
  onChange: (draft: Extract<KindDraft, { kind: K }>) => void;
  errors: FieldErrors;
};

const OPTION_IDS = 'abcdefghijklmnopqrstuvwxyz';

function ChoiceFields({ draft, onChange, errors }: Props<'choice'>) {
  return (
    <>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.multiple}
          onChange={(event) => onChange({ ...draft, multiple: event.target.checked })}
        />{' '}
        Learners may choose several options
      </label>
      <RowList
        legend="Options"
        noun="option"
        rows={draft.options}
        onChange={(options) => onChange({ ...draft, options })}
        newRow={() => newOption(OPTION_IDS[draft.options.length] ?? `o${draft.options.length + 1}`)}
        errors={(index) => errorsUnder(errors, `spec.options.${index}`)}
      >
        {(option, update) => (
          <div className="test-row">
            <Field
              label="Option id"
              value={option.id}
              maxLength={20}
              onChange={(event) => update({ id: event.target.value })}
            />
            <Field label="Option text" value={option.text} onChange={(event) => update({ text: event.target.value })} />
            <label className="checkbox">
              <input
                type="checkbox"
                checked={option.correct}
                onChange={(event) => update({ correct: event.target.checked })}
              />{' '}
              Correct
            </label>
          </div>
        )}
      </RowList>
      {[...(errors['spec.options'] ?? []), ...errorsUnder(errors, 'private_spec.correct')].map((message) => (
        <p key={message} className="field__error">
          {message}
        </p>
      ))}
    </>
  );
}

function TextFields({ draft, onChange, errors }: Props<'text'>) {
  return (
    <>
      <Field
        label="Placeholder (optional)"
        value={draft.placeholder}
        onChange={(event) => onChange({ ...draft, placeholder: event.target.value })}
        errors={errors['spec.placeholder']}
      />
      <div className="field">
        <label htmlFor="text-match">Match</label>
        <select
          id="text-match"
          value={draft.match}
          onChange={(event) => {
            const match = event.target.value;
            if (match === 'exact' || match === 'case_insensitive' || match === 'regex' || match === 'number') {
              onChange({ ...draft, match });
            }
          }}
        >
          <option value="exact">Exactly</option>
          <option value="case_insensitive">Ignoring case</option>
          <option value="regex">Regular expression</option>
          <option value="number">A number, within the tolerance</option>
        </select>
      </div>
      {draft.match === 'number' && (
        <Field
          label="Tolerance"
          type="number"
          min={0}
          step="any"
          value={draft.tolerance}
          onChange={(event) => onChange({ ...draft, tolerance: event.target.value })}
          errors={errors['private_spec.tolerance']}
        />
      )}
      <RowList
        legend="Accepted answers"
        noun="answer"
        rows={draft.accepted}
        onChange={(accepted) => onChange({ ...draft, accepted })}
        newRow={() => textRow()}
        errors={(index) => errorsUnder(errors, `private_spec.accepted.${index}`)}
      >
        {(row, update) => (
          <Field label="Answer" value={row.value} onChange={(event) => update({ value: event.target.value })} />
        )}
      </RowList>
      {(errors['private_spec.accepted'] ?? []).map((message) => (
        <p key={message} className="field__error">
          {message}
        </p>
      ))}
    </>
  );
}

function CodeFields({ draft, onChange, errors }: Props<'code'>) {
  return (
    <>
      <CodeField
        label="Starter code"
        value={draft.starter}
        onChange={(starter) => onChange({ ...draft, starter })}
        errors={errors['spec.starter']}
      />
      <CodeField
        label="Reference solution"
        value={draft.solution}
        onChange={(solution) => onChange({ ...draft, solution })}
        errors={errors['private_spec.solution']}
      />
      <CodeField
        label="Harness (optional)"
        hint="Code run before the tests, such as helper classes the tests build."
        value={draft.harness}
        onChange={(harness) => onChange({ ...draft, harness })}
        errors={errors['private_spec.harness']}
      />
      <CodeTestRows rows={draft.tests} onChange={(tests) => onChange({ ...draft, tests })} errors={errors} />
      <ListErrors errors={errors['private_spec.tests']} />
      <Generated count={draft.generated.length} />
    </>
  );
}

function SqlFields({ draft, onChange, errors }: Props<'sql'>) {
  return (
    <>
      <CodeField
        label="Schema (CREATE TABLE statements)"
        language="sql"
        value={draft.schema}
        onChange={(schema) => onChange({ ...draft, schema })}
        errors={errors['spec.schema']}
      />
      <CodeField
        label="Sample rows (INSERT statements)"
        language="sql"
        value={draft.seed}
        onChange={(seed) => onChange({ ...draft, seed })}
        errors={errors['spec.seed']}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.ordered}
          onChange={(event) => onChange({ ...draft, ordered: event.target.checked })}
        />{' '}
        Row order matters
      </label>
      <CodeField
        label="Starter query"
        language="sql"
        value={draft.starter}
        onChange={(starter) => onChange({ ...draft, starter })}
        errors={errors['spec.starter']}
      />
      <CodeField
        label="Reference query"
        language="sql"
        value={draft.solution}
        onChange={(solution) => onChange({ ...draft, solution })}
        errors={errors['private_spec.solution']}
      />
      <CodeField
        label="Check query (optional)"
        language="sql"
        hint="Run after the learner's statement; its rows are compared instead."
        value={draft.checkQuery}
        onChange={(checkQuery) => onChange({ ...draft, checkQuery })}
        errors={errors['private_spec.check_query']}
      />
      <SqlTestRows rows={draft.tests} onChange={(tests) => onChange({ ...draft, tests })} errors={errors} />
      <ListErrors errors={errors['private_spec.tests']} />
      <Generated count={draft.generated.length} />
    </>
  );
}

function HttpFields({ draft, onChange, errors }: Props<'http'>) {
  return (
    <>
      <CodeField
        label="Starter application"
        value={draft.starter}
        onChange={(starter) => onChange({ ...draft, starter })}
        errors={errors['spec.starter']}
      />
      <CodeField
        label="Reference application"
        value={draft.solution}
        onChange={(solution) => onChange({ ...draft, solution })}
        errors={errors['private_spec.solution']}
      />
      <HttpTestRows rows={draft.tests} onChange={(tests) => onChange({ ...draft, tests })} errors={errors} />
      <ListErrors errors={errors['private_spec.tests']} />
      <Generated count={draft.generated.length} />
    </>
  );
}

function ProjectSettings({
  apps,
  urlconf,
  settings,
  onChange,
  errors,
  prefix,
}: {
  apps: string;
  urlconf: string;
  settings: string;
  onChange: (patch: { apps?: string; urlconf?: string; settings?: string }) => void;
  errors: FieldErrors;
  prefix: string;
}) {
  return (
    <>
      <Field
        label="Installed apps (comma-separated)"
        value={apps}
        onChange={(event) => onChange({ apps: event.target.value })}
        errors={errorsUnder(errors, `${prefix}.apps`)}
      />
      <Field
        label="URL configuration module (optional)"
        value={urlconf}
        onChange={(event) => onChange({ urlconf: event.target.value })}
        errors={errors[`${prefix}.urlconf`]}
      />
      <TextAreaField
        label="Settings over the defaults (JSON object, optional)"
        rows={3}
        value={settings}
        onChange={(event) => onChange({ settings: event.target.value })}
        errors={errorsUnder(errors, `${prefix}.settings`)}
      />
    </>
  );
}

function DjangoFields({ draft, onChange, errors }: Props<'django'>) {
  return (
    <>
      <FileList
        legend="Project files"
        files={draft.files}
        onChange={(files) => onChange({ ...draft, files })}
        errors={errors}
        errorKey="spec.files"
        editable
      />
      <ListErrors
        errors={[
          ...(errors['spec.files'] ?? []),
          ...errorsUnder(errors, 'spec.editable'),
          ...errorsUnder(errors, 'spec.starter'),
          ...errorsUnder(errors, 'private_spec.solution'),
        ]}
      />
      <ProjectSettings
        {...draft}
        onChange={(patch) => onChange({ ...draft, ...patch })}
        errors={errors}
        prefix="spec"
      />
      <DjangoTestRows rows={draft.tests} onChange={(tests) => onChange({ ...draft, tests })} errors={errors} />
      <ListErrors errors={errors['private_spec.tests']} />
    </>
  );
}

function PytestFields({ draft, onChange, errors }: Props<'pytest'>) {
  return (
    <>
      <Field
        label="Module under test"
        hint="What the learner's tests import, such as slugs or notes.views."
        value={draft.module}
        onChange={(event) => onChange({ ...draft, module: event.target.value })}
        errors={errors['spec.module']}
      />
      <CodeField
        label="Starter test file"
        value={draft.starter}
        onChange={(starter) => onChange({ ...draft, starter })}
        errors={errors['spec.starter']}
      />
      <CodeField
        label="Reference implementation"
        value={draft.reference}
        onChange={(reference) => onChange({ ...draft, reference })}
        errors={errors['private_spec.reference']}
      />
      <CodeField
        label="Reference test file"
        hint="Passes on the reference and catches every bug."
        value={draft.solution}
        onChange={(solution) => onChange({ ...draft, solution })}
        errors={errors['private_spec.solution']}
      />
      <BugRows rows={draft.bugs} onChange={(bugs) => onChange({ ...draft, bugs })} errors={errors} />
      <ListErrors errors={errors['private_spec.bugs']} />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.inProject}
          onChange={(event) => onChange({ ...draft, inProject: event.target.checked })}
        />{' '}
        The tests run inside a Django project
      </label>
      {draft.inProject && (
        <>
          <FileList
            legend="Project files"
            files={draft.files}
            onChange={(files) => onChange({ ...draft, files })}
            errors={errors}
            errorKey="spec.project.files"
          />
          <ListErrors errors={errors['spec.project.files']} />
          <ProjectSettings
            {...draft}
            onChange={(patch) => onChange({ ...draft, ...patch })}
            errors={errors}
            prefix="spec.project"
          />
        </>
      )}
    </>
  );
}

function ListErrors({ errors }: { errors: string[] | undefined }) {
  if (!errors?.length) return null;
  return <p className="field__error">{errors.join(' ')}</p>;
}

function Generated({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <p className="field__hint">
      {count} block(s) of generated hidden tests are kept as written; change them through the API.
    </p>
  );
}

/** The fields of `draft`'s kind. */
export function KindFields({
  draft,
  onChange,
  errors,
}: {
  draft: KindDraft;
  onChange: (draft: KindDraft) => void;
  errors: FieldErrors;
}) {
  switch (draft.kind) {
    case 'choice':
      return <ChoiceFields draft={draft} onChange={onChange} errors={errors} />;
    case 'text':
      return <TextFields draft={draft} onChange={onChange} errors={errors} />;
    case 'code':
      return <CodeFields draft={draft} onChange={onChange} errors={errors} />;
    case 'sql':
      return <SqlFields draft={draft} onChange={onChange} errors={errors} />;
    case 'http':
      return <HttpFields draft={draft} onChange={onChange} errors={errors} />;
    case 'django':
      return <DjangoFields draft={draft} onChange={onChange} errors={errors} />;
    case 'pytest':
      return <PytestFields draft={draft} onChange={onChange} errors={errors} />;
  }
}
