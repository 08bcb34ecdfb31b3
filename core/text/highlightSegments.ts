/** A span of text to highlight; higher `level` wins where spans overlap. */
export interface Highlight {
  readonly start: number;
  readonly end: number;
  readonly level: number;
}

export interface Segment {
  readonly start: number;
  readonly end: number;
  /** 0: plain text; otherwise the highest level of the highlights covering it. */
  readonly level: number;
}

/** Cuts [0, length) into consecutive segments at every highlight boundary. */
export function highlightSegments(length: number, highlights: readonly Highlight[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const h of highlights) {
    cuts.add(Math.max(0, Math.min(length, h.start)));
    cuts.add(Math.max(0, Math.min(length, h.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    let level = 0;
    for (const h of highlights) if (h.start <= start && h.end >= end && h.level > level) level = h.level;
    const last = segments[segments.length - 1];
    if (last && last.level === level) segments[segments.length - 1] = { start: last.start, end, level };
    else segments.push({ start, end, level });
  }
  return segments;
}
