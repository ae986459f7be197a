import { createContext, useContext } from 'react';

/** True inside a form showing a row the curriculum files own: every editor is read-only. */
export const ReadOnlyContext = createContext(false);

export function useReadOnly(): boolean {
  return useContext(ReadOnlyContext);
}
