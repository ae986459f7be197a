/**
 * Highlights `<code class="language-python">` (and sql) blocks inside rendered HTML. The
 * parsers load on demand, in the same lazy chunk family as the editor, so pages without code
 * pay nothing.
 */
const SUPPORTED = ['python', 'sql', 'py'];

export async function highlightCodeBlocks(root: HTMLElement): Promise<void> {
  const blocks = [...root.querySelectorAll<HTMLElement>('code[class*="language-"]')].filter(
    (el) => el.dataset.highlighted !== 'true' && SUPPORTED.includes(languageOf(el)),
  );
  if (blocks.length === 0) return;
  const { highlightInto } = await import('./highlight-impl');
  for (const el of blocks) {
    highlightInto(el, languageOf(el) === 'sql' ? 'sql' : 'python');
    el.dataset.highlighted = 'true';
  }
}

function languageOf(el: HTMLElement): string {
  const match = /language-(\w+)/.exec(el.className);
  return match?.[1]?.toLowerCase() ?? '';
}
