import { describe, expect, it } from 'vitest';
import { withoutLeadingTitle } from './topic';

describe('withoutLeadingTitle', () => {
  it("drops a lesson's opening <h1> when it repeats the topic title", () => {
    expect(withoutLeadingTitle('<h1>Web frameworks</h1>\n<p>Body</p>', 'Web frameworks')).toBe('\n<p>Body</p>');
  });

  it('keeps any other heading', () => {
    const html = '<h1>Something else</h1><p>Body</p>';
    expect(withoutLeadingTitle(html, 'Web frameworks')).toBe(html);
    expect(withoutLeadingTitle('<p>Body</p>', 'Web frameworks')).toBe('<p>Body</p>');
  });
});
