import type { Evidence, GraphEdge, Source } from '../../core/model/schema';

/**
 * Evidence quotes cross to the page as offsets only. A validated quote is exactly its source's text
 * between its offsets, so the page cuts it from the source text it receives once: V8 keeps such a
 * cut as a small reference into that text instead of a copy. At 100k relations that is ~60 MB less
 * to copy into the page, and less for the garbage collector's young-generation pauses to move
 * (they made the longest tasks of an import). An empty quote (never valid) marks a quote to cut.
 */
export type SourceTexts = ReadonlyMap<string, string>;

export function sourceTexts(sources: readonly Source[]): SourceTexts {
  return new Map(sources.map((s) => [s.id, s.text]));
}

const CUT = '';

/** Worker side: the edges with every quote that its source holds at its offsets left empty. */
export function withoutQuotes(edges: readonly GraphEdge[], texts: SourceTexts): GraphEdge[] {
  return edges.map((edge) => {
    if (!edge.evidence.some((ev) => cuttable(ev, texts))) return edge;
    return { ...edge, evidence: edge.evidence.map((ev) => (cuttable(ev, texts) ? { ...ev, quote: CUT } : ev)) };
  });
}

function cuttable(ev: Evidence, texts: SourceTexts): boolean {
  const text = texts.get(ev.sourceId);
  return text !== undefined && ev.quote.length > 0 && text.slice(ev.start, ev.end) === ev.quote;
}

/** Page side: the quotes cut back from the source texts, in place (the edges are this page's own copies). */
export function restoreQuotes(edges: readonly GraphEdge[], texts: SourceTexts): void {
  for (const edge of edges) {
    for (const ev of edge.evidence) {
      if (ev.quote !== CUT) continue;
      const text = texts.get(ev.sourceId);
      if (text !== undefined) (ev as { quote: string }).quote = text.slice(ev.start, ev.end);
    }
  }
}
