import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('splits at sentence ends and line breaks, with offsets into the text', () => {
    const text = 'Headline without a period\n\nXi met Putin. “We agree,” he said! Was it 2023? Yes.';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['Headline without a period', 'Xi met Putin.', '“We agree,” he said!', 'Was it 2023?', 'Yes.']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split after abbreviations, initialisms and initials', () => {
    const text = 'The U.S. Treasury said on Feb. 3 that Mr. Smith met John F. Kennedy Jr. in St. Petersburg. Then it ended.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'The U.S. Treasury said on Feb. 3 that Mr. Smith met John F. Kennedy Jr. in St. Petersburg.',
      'Then it ended.',
    ]);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(splitSentences('He said: “Talks must resume.” Moscow agreed.').map((s) => s.text)).toEqual(['He said: “Talks must resume.”', 'Moscow agreed.']);
  });
});
