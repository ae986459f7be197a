import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import CodeEditor from './code-editor';

describe('CodeEditor', () => {
  it('marks the line an error points at, moves the mark with the next result, and drops it', async () => {
    const props = { value: 'a = 1\nb = (\nc = 3\n', onChange: () => {}, language: 'python', label: 'Code' } as const;
    const { container, rerender } = render(<CodeEditor {...props} errorLine={2} />);
    const marked = () => [...container.querySelectorAll('.cm-error-line')].map((line) => line.textContent);
    await waitFor(() => expect(marked()).toEqual(['b = (']));
    rerender(<CodeEditor {...props} errorLine={3} />);
    await waitFor(() => expect(marked()).toEqual(['c = 3']));
    rerender(<CodeEditor {...props} errorLine={99} />); // a line the text no longer has
    await waitFor(() => expect(marked()).toEqual([]));
    rerender(<CodeEditor {...props} errorLine={null} />);
    expect(marked()).toEqual([]);
  });
});
