import type { Parser } from '@lezer/common';
import { classHighlighter, highlightCode } from '@lezer/highlight';

// Python needs only its Lezer grammar (small); the SQL grammar ships inside
// @codemirror/lang-sql, so it is fetched only for pages that show SQL.
async function parserFor(language: 'python' | 'sql'): Promise<Parser> {
  if (language === 'sql') return (await import('@codemirror/lang-sql')).StandardSQL.language.parser;
  return (await import('@lezer/python')).parser;
}

/** Replaces the element's text with spans carrying `tok-*` classes (styled in styles/code.css). */
export async function highlightInto(el: HTMLElement, language: 'python' | 'sql'): Promise<void> {
  const parser = await parserFor(language);
  const code = el.textContent ?? '';
  const fragment = document.createDocumentFragment();
  highlightCode(
    code,
    parser.parse(code),
    classHighlighter,
    (text, classes) => {
      if (!classes) {
        fragment.append(text);
        return;
      }
      const span = document.createElement('span');
      span.className = classes;
      span.textContent = text;
      fragment.append(span);
    },
    () => fragment.append('\n'),
  );
  el.replaceChildren(fragment);
}
