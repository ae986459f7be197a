import { useRef, type ReactNode } from 'react';
import { moved } from '../utils/rows';

/**
 * An ordered list of rows (tests, options, files, bugs): add one, remove one, move one up or
 * down, and, for rows that have it, switch a test between visible and hidden. Each row's own
 * fields come from `children`; `errors(index)` are the API's messages for that row.
 */
export function RowList<Row extends { key: string; hidden?: boolean }>({
  legend,
  noun,
  rows,
  onChange,
  newRow,
  errors,
  children,
  maxRows,
}: {
  legend: string;
  noun: string;
  rows: Row[];
  onChange: (rows: Row[]) => void;
  newRow: () => Row;
  errors?: (index: number) => string[];
  children: (row: Row, update: (patch: Partial<Row>) => void, index: number) => ReactNode;
  maxRows?: number;
}) {
  const list = useRef<HTMLOListElement>(null);
  const update = (index: number) => (patch: Partial<Row>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  function add() {
    onChange([...rows, newRow()]);
    // The new row's first box takes the focus, so keyboard users land where they type next.
    requestAnimationFrame(() =>
      list.current?.querySelector<HTMLElement>('li:last-child input, li:last-child textarea')?.focus(),
    );
  }

  return (
    <fieldset className="row-list">
      <legend>{legend}</legend>
      {rows.length === 0 && <p className="muted">No {noun}s yet.</p>}
      <ol ref={list} className="row-list__rows">
        {rows.map((row, index) => {
          const label = `${noun} ${index + 1}`;
          const messages = errors?.(index) ?? [];
          return (
            <li key={row.key} className="row-list__row" aria-label={label}>
              <div className="row-list__tools">
                <span className="row-list__title">{label}</span>
                {row.hidden !== undefined && (
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      checked={row.hidden}
                      onChange={(event) => {
                        const hidden = event.target.checked;
                        onChange(rows.map((r, i) => (i === index ? { ...r, hidden } : r)));
                      }}
                    />{' '}
                    Hidden from learners
                  </label>
                )}
                <button
                  type="button"
                  className="button button--small button--secondary"
                  aria-label={`Move ${label} up`}
                  disabled={index === 0}
                  onClick={() => onChange(moved(rows, index, -1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button--small button--secondary"
                  aria-label={`Move ${label} down`}
                  disabled={index === rows.length - 1}
                  onClick={() => onChange(moved(rows, index, 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button button--small button--danger"
                  aria-label={`Remove ${label}`}
                  onClick={() => onChange(rows.filter((_, i) => i !== index))}
                >
                  Remove
                </button>
              </div>
              {messages.length > 0 && <p className="field__error">{messages.join(' ')}</p>}
              {children(row, update(index), index)}
            </li>
          );
        })}
      </ol>
      {(maxRows === undefined || rows.length < maxRows) && (
        <button type="button" className="button button--secondary" onClick={add}>
          Add a {noun}
        </button>
      )}
    </fieldset>
  );
}
