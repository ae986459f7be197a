/**
 * Highlights `<code class="language-python">` (and sql) blocks inside rendered HTML. The
 * grammars load on demand, so pages without code pay nothing.
 */
const SUPPORTED = ['python', 'sql', 'py'];

export async function highlightCodeBlocks(root: HTMLElement): Promise<void> {
  const blocks = [...root.querySelectorAll<HTMLElement>('code[class*="language-"]')].filter(
    (el) => el.dataset.highlighted !== 'true' && SUPPORTED.includes(languageOf(el)),
  );
  if (blocks.length === 0) return;
  const { highlightInto } = await import('./highlight-impl');
  for (const el of blocks) {
    el.dataset.highlighted = 'true'; // claimed first, so a re-render does not highlight twice
    await highlightInto(el, languageOf(el) === 'sql' ? 'sql' : 'python');
  }
}

function languageOf(el: HTMLElement): string {
  const match = /language-(\w+)/.exec(el.className);
  return match?.[1]?.toLowerCase() ?? '';
}
