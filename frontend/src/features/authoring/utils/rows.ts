/** Editable rows (tests, options, files) and the JSON boxes inside them. */

let lastKey = 0;

/** A key for a new row: rows are reordered and removed, so their index cannot be their key. */
export function rowKey(): string {
  lastKey += 1;
  return `row-${lastKey}`;
}

/** Field errors keyed as the API keys them: nested fields joined with dots. */
export type FieldErrors = Record<string, string[]>;

/** The messages for `key` and everything under it (`private_spec.tests.0` and `private_spec.tests.0.args`). */
export function errorsUnder(errors: FieldErrors, key: string): string[] {
  return Object.entries(errors)
    .filter(([name]) => name === key || name.startsWith(`${key}.`))
    .flatMap(([, messages]) => messages);
}

/** A value as the text of a JSON box: empty for "not given". */
export function jsonText(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value);
}

/**
 * The value of a JSON box, or `undefined` when it is empty. A box that is not JSON adds a
 * message under `key` to `errors`.
 */
export function parseJson(text: string, key: string, errors: FieldErrors): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    errors[key] = ['Not valid JSON.'];
    return undefined;
  }
}

/** A JSON box that must hold an object (a mapping of names to values). */
export function parseJsonObject(text: string, key: string, errors: FieldErrors): Record<string, unknown> | undefined {
  const value = parseJson(text, key, errors);
  if (value === undefined) return undefined;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { ...value };
  errors[key] = ['Must be a JSON object, such as {"name": 1}.'];
  return undefined;
}

/** A JSON box that must hold an array. */
export function parseJsonArray(text: string, key: string, errors: FieldErrors): unknown[] | undefined {
  const value = parseJson(text, key, errors);
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value;
  errors[key] = ['Must be a JSON array, such as [1, "two"].'];
  return undefined;
}

/** `items` with the item at `index` moved by `offset` places (kept in bounds). */
export function moved<T>(items: readonly T[], index: number, offset: number): T[] {
  const target = index + offset;
  if (target < 0 || target >= items.length) return [...items];
  const next = [...items];
  next.splice(target, 0, ...next.splice(index, 1));
  return next;
}

/** Comma-separated names as a list, blanks dropped. */
export function splitNames(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}
