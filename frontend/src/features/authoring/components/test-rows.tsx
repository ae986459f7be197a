/** The tests of each kind as rows: what each test sends, and what must come back. */
import { Field, TextAreaField } from '../../../components/ui/field';
import {
  newBug,
  newCodeTest,
  newDjangoTest,
  newHttpTest,
  newSqlTest,
  type BugRow,
  type CodeTestRow,
  type DjangoTestRow,
  type HttpTestRow,
  type SqlTestRow,
} from '../utils/exercise-draft';
import { errorsUnder, type FieldErrors } from '../utils/rows';
import { CodeField } from './code-field';
import { RowList } from './row-list';

const TESTS = 'private_spec.tests';
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

function rowErrors(errors: FieldErrors, list: string) {
  return (index: number) => [
    ...(errors[`${list}.${index}`] ?? []),
    ...(errors[`${list}.${index}.non_field_errors`] ?? []),
  ];
}

function NameField({
  value,
  onChange,
  errors,
}: {
  value: string;
  onChange: (name: string) => void;
  errors?: string[];
}) {
  return (
    <Field
      label="Test name"
      value={value}
      maxLength={200}
      required
      onChange={(event) => onChange(event.target.value)}
      errors={errors}
    />
  );
}

export function CodeTestRows({
  rows,
  onChange,
  errors,
}: {
  rows: CodeTestRow[];
  onChange: (rows: CodeTestRow[]) => void;
  errors: FieldErrors;
}) {
  return (
    <RowList
      legend="Tests"
      noun="test"
      rows={rows}
      onChange={onChange}
      newRow={newCodeTest}
      errors={rowErrors(errors, TESTS)}
    >
      {(row, update, index) => {
        const at = (field: string) => errors[`${TESTS}.${index}.${field}`];
        const keptParts = Object.keys(row.kept);
        return (
          <div className="test-row">
            <NameField value={row.name} onChange={(name) => update({ name })} errors={at('name')} />
            <Field
              label="Function called"
              hint="The learner's function, by name."
              value={row.call}
              onChange={(event) => update({ call: event.target.value })}
              errors={at('call')}
            />
            <Field
              label="Arguments (JSON array)"
              value={row.args}
              onChange={(event) => update({ args: event.target.value })}
              errors={at('args')}
            />
            <Field
              label="Expected value (JSON)"
              value={row.expect}
              onChange={(event) => update({ expect: event.target.value })}
              errors={at('expect')}
            />
            <Field
              label="Or the exception it raises"
              hint="An exception class name, such as ValueError; leave the expected value empty."
              value={row.raises}
              onChange={(event) => update({ raises: event.target.value })}
              errors={at('raises')}
            />
            <div className="field">
              <label htmlFor={`${row.key}-compare`}>Comparison</label>
              <select
                id={`${row.key}-compare`}
                value={row.compare}
                onChange={(event) => {
                  const compare = event.target.value;
                  if (compare === 'exact' || compare === 'approx' || compare === 'unordered') update({ compare });
                }}
              >
                <option value="exact">Exactly equal</option>
                <option value="approx">Approximately (numbers)</option>
                <option value="unordered">In any order</option>
              </select>
            </div>
            {keptParts.length > 0 && (
              <p className="field__hint">Also kept as written: {keptParts.join(', ')}. Change those through the API.</p>
            )}
          </div>
        );
      }}
    </RowList>
  );
}

export function SqlTestRows({
  rows,
  onChange,
  errors,
}: {
  rows: SqlTestRow[];
  onChange: (rows: SqlTestRow[]) => void;
  errors: FieldErrors;
}) {
  return (
    <RowList
      legend="Tests"
      noun="test"
      rows={rows}
      onChange={onChange}
      newRow={newSqlTest}
      errors={rowErrors(errors, TESTS)}
    >
      {(row, update, index) => (
        <div className="test-row">
          <NameField value={row.name} onChange={(name) => update({ name })} errors={errors[`${TESTS}.${index}.name`]} />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={row.ownSeed}
              onChange={(event) => update({ ownSeed: event.target.checked })}
            />{' '}
            Own rows instead of the sample rows
          </label>
          {row.ownSeed && (
            <CodeField
              label="Rows for this test (INSERT statements)"
              language="sql"
              value={row.seed}
              onChange={(seed) => update({ seed })}
              errors={errors[`${TESTS}.${index}.seed`]}
            />
          )}
        </div>
      )}
    </RowList>
  );
}

export function HttpTestRows({
  rows,
  onChange,
  errors,
}: {
  rows: HttpTestRow[];
  onChange: (rows: HttpTestRow[]) => void;
  errors: FieldErrors;
}) {
  return (
    <RowList
      legend="Tests"
      noun="test"
      rows={rows}
      onChange={onChange}
      newRow={newHttpTest}
      errors={rowErrors(errors, TESTS)}
    >
      {(row, update, index) => {
        const at = (field: string) => errorsUnder(errors, `${TESTS}.${index}.${field}`);
        return (
          <div className="test-row">
            <NameField
              value={row.name}
              onChange={(name) => update({ name })}
              errors={errors[`${TESTS}.${index}.name`]}
            />
            <div className="field">
              <label htmlFor={`${row.key}-method`}>Method</label>
              <select
                id={`${row.key}-method`}
                value={row.method}
                onChange={(event) => {
                  const method = METHODS.find((m) => m === event.target.value);
                  if (method) update({ method });
                }}
              >
                {METHODS.map((method) => (
                  <option key={method}>{method}</option>
                ))}
              </select>
            </div>
            <Field
              label="Path"
              value={row.path}
              onChange={(event) => update({ path: event.target.value })}
              errors={at('request.path')}
            />
            <Field
              label="Request JSON body (optional)"
              value={row.requestJson}
              onChange={(event) => update({ requestJson: event.target.value })}
              errors={at('request.json')}
            />
            <Field
              label="Expected status"
              type="number"
              min={100}
              max={599}
              value={row.status}
              onChange={(event) => update({ status: event.target.value })}
              errors={at('expect.status')}
            />
            <Field
              label="Expected JSON (optional)"
              value={row.expectJson}
              onChange={(event) => update({ expectJson: event.target.value })}
              errors={at('expect.json')}
            />
            <TextAreaField
              label="Expected body text (optional)"
              rows={2}
              value={row.expectBody}
              onChange={(event) => update({ expectBody: event.target.value })}
              errors={at('expect.body')}
            />
            {row.before.length > 0 && (
              <p className="field__hint">Sends {row.before.length} earlier request(s) first, kept as written.</p>
            )}
          </div>
        );
      }}
    </RowList>
  );
}

export function DjangoTestRows({
  rows,
  onChange,
  errors,
}: {
  rows: DjangoTestRow[];
  onChange: (rows: DjangoTestRow[]) => void;
  errors: FieldErrors;
}) {
  return (
    <RowList
      legend="Tests"
      noun="test"
      rows={rows}
      onChange={onChange}
      newRow={newDjangoTest}
      errors={rowErrors(errors, TESTS)}
    >
      {(row, update, index) => (
        <div className="test-row">
          <NameField value={row.name} onChange={(name) => update({ name })} errors={errors[`${TESTS}.${index}.name`]} />
          <TextAreaField
            label="Fixtures (JSON object: users and objects to create)"
            rows={3}
            value={row.fixtures}
            onChange={(event) => update({ fixtures: event.target.value })}
            errors={errorsUnder(errors, `${TESTS}.${index}.fixtures`)}
          />
          <TextAreaField
            label="Steps (JSON array: requests, calls or queries, with what must come back)"
            rows={6}
            value={row.steps}
            onChange={(event) => update({ steps: event.target.value })}
            errors={errorsUnder(errors, `${TESTS}.${index}.steps`)}
          />
        </div>
      )}
    </RowList>
  );
}

export function BugRows({
  rows,
  onChange,
  errors,
}: {
  rows: BugRow[];
  onChange: (rows: BugRow[]) => void;
  errors: FieldErrors;
}) {
  const list = 'private_spec.bugs';
  return (
    <RowList
      legend="Buggy implementations"
      noun="bug"
      rows={rows}
      onChange={onChange}
      newRow={newBug}
      errors={rowErrors(errors, list)}
      maxRows={12}
    >
      {(row, update, index) => {
        const at = (field: string) => errors[`${list}.${index}.${field}`];
        return (
          <div className="test-row">
            <Field
              label="Bug id"
              hint="Short, such as keeps-uppercase."
              value={row.name}
              onChange={(event) => update({ name: event.target.value })}
              errors={at('name')}
            />
            <Field
              label="Title (shown when caught)"
              value={row.title}
              onChange={(event) => update({ title: event.target.value })}
              errors={at('title')}
            />
            <Field
              label="Hint (shown when missed)"
              value={row.hint}
              onChange={(event) => update({ hint: event.target.value })}
              errors={at('hint')}
            />
            <CodeField
              label="Buggy implementation"
              value={row.source}
              onChange={(source) => update({ source })}
              errors={at('source')}
            />
          </div>
        );
      }}
    </RowList>
  );
}
