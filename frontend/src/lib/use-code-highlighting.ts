import { useEffect, type RefObject } from 'react';
import { highlightCodeBlocks } from './highlight';

/**
 * Highlights the `language-*` code blocks under `ref` whenever `content` changes, and makes
 * code blocks that scroll sideways reachable by keyboard (a focusable region scrolls with arrows).
 */
export function useCodeHighlighting(ref: RefObject<HTMLElement | null>, content: unknown) {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    for (const pre of root.querySelectorAll('pre')) {
      if (pre.scrollWidth > pre.clientWidth && !pre.hasAttribute('tabindex')) pre.tabIndex = 0;
    }
    void highlightCodeBlocks(root);
  }, [ref, content]);
}
