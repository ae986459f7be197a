import { describe, expect, it } from 'vitest';
import { highlightCodeBlocks } from './highlight';

describe('highlightCodeBlocks', () => {
  it('highlights Python and SQL blocks and leaves other code alone', async () => {
    const root = document.createElement('div');
    root.innerHTML = [
      '<pre><code class="language-python">def f(x):\n    return "hi"</code></pre>',
      '<pre><code class="language-sql">SELECT 1;</code></pre>',
      '<pre><code class="language-text">plain</code></pre>',
    ].join('');
    await highlightCodeBlocks(root);
    const [python, sql, text] = root.querySelectorAll('code');
    expect(python!.querySelector('.tok-keyword')?.textContent).toBe('def');
    expect(python!.querySelector('.tok-string')?.textContent).toBe('"hi"');
    expect(python!.textContent).toBe('def f(x):\n    return "hi"');
    expect(sql!.querySelector('.tok-keyword')?.textContent).toBe('SELECT');
    expect(text!.innerHTML).toBe('plain');
  });
});
