import { pythonLanguage } from '@codemirror/lang-python';
import { StandardSQL } from '@codemirror/lang-sql';
import { classHighlighter, highlightCode } from '@lezer/highlight';

/** Replaces the element's text with spans carrying `tok-*` classes (styled in styles/code.css). */
export function highlightInto(el: HTMLElement, language: 'python' | 'sql'): void {
  const code = el.textContent ?? '';
  const parser = language === 'sql' ? StandardSQL.language.parser : pythonLanguage.parser;
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
