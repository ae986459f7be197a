import { Field } from '../../../components/ui/field';
import { newFile, type FileRow } from '../utils/exercise-draft';
import type { FieldErrors } from '../utils/rows';
import { CodeField } from './code-field';
import { RowList } from './row-list';

/**
 * A project's files as a list: each a path and its text. With `editable`, a file can be one
 * the learner writes: then its text is the starter and it has a solution too.
 */
export function FileList({
  legend,
  files,
  onChange,
  errors,
  errorKey,
  editable,
}: {
  legend: string;
  files: FileRow[];
  onChange: (files: FileRow[]) => void;
  errors: FieldErrors;
  errorKey: string;
  editable?: boolean;
}) {
  return (
    <RowList legend={legend} noun="file" rows={files} onChange={onChange} newRow={() => newFile(false)}>
      {(file, update) => (
        <div className="test-row">
          <Field
            label="Path"
            hint="Inside the project, such as notes/views.py."
            value={file.path}
            onChange={(event) => update({ path: event.target.value })}
            errors={file.path ? errors[`${errorKey}.${file.path}`] : undefined}
          />
          {editable && (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={file.editable}
                onChange={(event) => update({ editable: event.target.checked })}
              />{' '}
              The learner writes this file
            </label>
          )}
          <CodeField
            label={file.editable ? 'Starter (what the learner starts from)' : 'Contents'}
            value={file.content}
            onChange={(content) => update({ content })}
          />
          {file.editable && (
            <CodeField label="Solution" value={file.solution} onChange={(solution) => update({ solution })} />
          )}
        </div>
      )}
    </RowList>
  );
}
