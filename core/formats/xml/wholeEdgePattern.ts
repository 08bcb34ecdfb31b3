// Pieces of the sticky patterns the GraphML and GEXF readers match a whole <edge> with, as this
// app's writers write it (graphml/appEdgeData.ts, gexf/appEdgeValues.ts). Reading each edge in one
// native match, its values taken from the groups, instead of step by step (MarkupCursor) made a
// whole read of a 100k-relation file about 0.7x of its time in the worker (interleaved runs: GEXF
// 1.00 s to 0.71-0.75 s, GraphML 1.01-1.13 s to 0.64-0.83 s).
//
// Every piece matches only what the cursor path takes too (see MarkupCursor): an attribute value
// with a reference, a "<", a tab or a line feed, or text with a reference, is not matched, and the
// cursor path or the general reader reads that edge.

/** White space between tags, as the writers indent. */
export const INDENT = '[ \\t\\n]*';

/** An attribute value in quotation marks: its text in one group. */
export const QUOTED = '"([^"&<\\t\\n]*)"';

/** An attribute value in quotation marks or apostrophes (a writer uses these when the value holds a quotation mark): its text in one of two groups. */
export const QUOTED_EITHER = `(?:${QUOTED}|'([^'&<\\t\\n]*)')`;

/** The start of an edge as both writers begin it; groups 1–3 are its id, source and target. */
export const EDGE_START = `<edge id=${QUOTED} source=${QUOTED} target=${QUOTED}`;

/** Text as a literal part of a pattern. */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern is built only for this many declared keys or attributes at most: each is tried in turn
 * for every value, and a file with more is rare enough to leave to the cursor path.
 */
export const MAX_PATTERN_VALUES = 64;

/** The match of a sticky `pattern` at `at` in `text`, or null. */
export function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}
