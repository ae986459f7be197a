import { useEffect, type RefObject } from 'react';
import { highlightCodeBlocks } from './highlight';

/** Highlights the `language-*` code blocks under `ref` whenever `content` changes. */
export function useCodeHighlighting(ref: RefObject<HTMLElement | null>, content: unknown) {
  useEffect(() => {
    if (ref.current) void highlightCodeBlocks(ref.current);
  }, [ref, content]);
}
