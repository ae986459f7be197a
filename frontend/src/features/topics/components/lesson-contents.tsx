import { useMemo } from 'react';

export type LessonHeading = { id: string; text: string; level: 2 | 3 };

/** The lesson's second- and third-level headings that carry an id, in order (the API gives each heading one). */
export function lessonHeadings(html: string): LessonHeading[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return [...doc.querySelectorAll<HTMLHeadingElement>('h2[id], h3[id]')]
    .map((h) => ({ id: h.id, text: (h.textContent ?? '').trim(), level: h.tagName === 'H2' ? 2 : 3 }) as const)
    .filter((h) => h.text !== '');
}

/** A table of contents for a lesson long enough to need one (three headings or more). */
export function LessonContents({ html }: { html: string }) {
  const headings = useMemo(() => lessonHeadings(html), [html]);
  if (headings.length < 3) return null;
  return (
    <nav className="lesson-toc" aria-labelledby="lesson-toc-heading">
      <h2 id="lesson-toc-heading" className="lesson-toc__title">
        In this lesson
      </h2>
      <ol className="lesson-toc__list">
        {headings.map((h) => (
          <li key={h.id} className={`lesson-toc__item lesson-toc__item--h${h.level}`}>
            <a href={`#${h.id}`}>{h.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
