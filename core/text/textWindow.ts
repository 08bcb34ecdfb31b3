import type { Highlight, Segment } from './highlightSegments';

/**
 * Which part of a source text the Article panel lays out. Articles are shown whole; a text of
 * megabytes (a corpus imported as one source, a generated graph) would cost the page seconds of text
 * layout on every selection, so only a passage around the first highlighted quote is shown.
 */
export const FULL_TEXT_LIMIT = 100_000;
export const PASSAGE_LENGTH = 20_000;

export interface TextWindow {
  readonly start: number;
  readonly end: number;
  /** False when the whole text is shown. */
  readonly partial: boolean;
}

export function textWindow(length: number, highlights: readonly Highlight[]): TextWindow {
  if (length <= FULL_TEXT_LIMIT) return { start: 0, end: length, partial: false };
  const first = highlights.reduce((min, h) => Math.min(min, h.start), length);
  const centre = first < length ? first : 0;
  const start = Math.max(0, Math.min(length - PASSAGE_LENGTH, centre - PASSAGE_LENGTH / 2));
  return { start, end: Math.min(length, start + PASSAGE_LENGTH), partial: true };
}

/** The segments that fall in the window, cut at its edges. */
export function clipSegments(segments: readonly Segment[], window: TextWindow): Segment[] {
  const out: Segment[] = [];
  for (const seg of segments) {
    const start = Math.max(seg.start, window.start);
    const end = Math.min(seg.end, window.end);
    if (start < end) out.push({ start, end, level: seg.level });
  }
  return out;
}
