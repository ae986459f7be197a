import { useRef } from 'react';
import { useCodeHighlighting } from '../../lib/use-code-highlighting';

/**
 * Renders HTML that the API has already sanitised (lesson and prompt bodies) and highlights
 * its code blocks. Never pass it anything that did not come from those API fields.
 */
export function HtmlContent({ html, className = '' }: { html: string; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useCodeHighlighting(ref, html);
  return <div ref={ref} className={`prose ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
