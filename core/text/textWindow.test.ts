import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlightSegments';
import { clipSegments, FULL_TEXT_LIMIT, PASSAGE_LENGTH, textWindow } from './textWindow';

describe('the passage of a source text the Article panel shows', () => {
  it('shows an article whole', () => {
    expect(textWindow(2039, [{ start: 1088, end: 1154, level: 2 }])).toEqual({ start: 0, end: 2039, partial: false });
  });

  it('shows a passage of a huge text centred on the first quote, and its highlight inside it', () => {
    const length = 5_000_000;
    const highlights = [
      { start: 3_000_100, end: 3_000_160, level: 2 },
      { start: 2_500_000, end: 2_500_050, level: 1 },
    ];
    const window = textWindow(length, highlights);
    expect(window).toEqual({ start: 2_500_000 - PASSAGE_LENGTH / 2, end: 2_500_000 + PASSAGE_LENGTH / 2, partial: true });
    const clipped = clipSegments(highlightSegments(length, highlights), window);
    expect(clipped).toEqual([
      { start: window.start, end: 2_500_000, level: 0 },
      { start: 2_500_000, end: 2_500_050, level: 1 },
      { start: 2_500_050, end: window.end, level: 0 },
    ]);
  });

  it('starts a huge text at its beginning when nothing is quoted, and keeps a quote near the end inside', () => {
    const length = FULL_TEXT_LIMIT * 3;
    expect(textWindow(length, [])).toEqual({ start: 0, end: PASSAGE_LENGTH, partial: true });
    const nearEnd = textWindow(length, [{ start: length - 10, end: length, level: 2 }]);
    expect(nearEnd).toEqual({ start: length - PASSAGE_LENGTH, end: length, partial: true });
  });
});
