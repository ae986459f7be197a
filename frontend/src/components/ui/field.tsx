import { useId, type InputHTMLAttributes, type ReactNode, type Ref, type TextareaHTMLAttributes } from 'react';

type Described = {
  label: string;
  errors?: string[] | undefined;
  hint?: string;
};

type ControlProps = { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };

/** The label, hint and field errors around one control, wired for screen readers. */
function FieldFrame({
  label,
  errors,
  hint,
  id,
  control,
}: Described & { id: string | undefined; control: (props: ControlProps) => ReactNode }) {
  const autoId = useId();
  const inputId = id ?? autoId;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedBy = [hint ? hintId : '', errors?.length ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      {control({ id: inputId, 'aria-invalid': errors?.length ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={errorId} className="field__error">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled input with its hint and the API's field errors. */
export function Field({
  label,
  errors,
  hint,
  id,
  ref,
  ...input
}: Described & InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  return (
    <FieldFrame
      label={label}
      errors={errors}
      hint={hint}
      id={id}
      control={(props) => <input ref={ref} {...props} {...input} />}
    />
  );
}

/** A labelled multi-line text box with its hint and the API's field errors. */
export function TextAreaField({
  label,
  errors,
  hint,
  id,
  ...textarea
}: Described & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame
      label={label}
      errors={errors}
      hint={hint}
      id={id}
      control={(props) => <textarea {...props} {...textarea} />}
    />
  );
}
