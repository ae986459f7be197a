import { Suspense, lazy } from 'react';
import type { CodeEditorProps } from './code-editor';

const CodeEditor = lazy(() => import('./code-editor'));

/** The code editor, fetched on first use; a plain box holds its place meanwhile. */
export function LazyCodeEditor(props: CodeEditorProps) {
  return (
    <Suspense
      fallback={
        <div className="code-editor code-editor--loading" role="status">
          Loading the editor…
        </div>
      }
    >
      <CodeEditor {...props} />
    </Suspense>
  );
}
