import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonDepthExceeds } from './nativeFormat';

/** The rule walked character by character: brackets count outside strings; a backslash escapes the next character. */
function referenceDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (++depth > limit) return true;
    } else if (c === '}' || c === ']') depth--;
  }
  return false;
}

describe('jsonDepthExceeds', () => {
  it('agrees with the character-by-character rule on any mix of brackets, quotes and backslashes', () => {
    const text = fc.array(fc.constantFrom('{', '}', '[', ']', '"', '\\', 'a', ' ', ','), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 6 }), (t, limit) => {
        expect(jsonDepthExceeds(t, limit)).toBe(referenceDepthExceeds(t, limit));
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonDepthExceeds('{"a": "[[[\\"[[["}', 1)).toBe(false);
    expect(jsonDepthExceeds('{"a": "\\\\", "b": [[1]]}', 2)).toBe(true);
  });
});
