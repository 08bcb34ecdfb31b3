import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlightSegments';

describe('highlightSegments', () => {
  it('returns the whole text when nothing is highlighted', () => {
    expect(highlightSegments(10, [])).toEqual([{ start: 0, end: 10, level: 0 }]);
  });

  it('cuts around a highlight', () => {
    expect(highlightSegments(10, [{ start: 2, end: 5, level: 2 }])).toEqual([
      { start: 0, end: 2, level: 0 },
      { start: 2, end: 5, level: 2 },
      { start: 5, end: 10, level: 0 },
    ]);
  });

  it('lets the higher level win where highlights overlap', () => {
    expect(highlightSegments(10, [{ start: 1, end: 6, level: 1 }, { start: 4, end: 8, level: 2 }])).toEqual([
      { start: 0, end: 1, level: 0 },
      { start: 1, end: 4, level: 1 },
      { start: 4, end: 8, level: 2 },
      { start: 8, end: 10, level: 0 },
    ]);
  });
});
