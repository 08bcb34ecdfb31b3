import type { GraphIndex } from '../graph/graphIndex';
import type { Stance } from '../model/vocabulary';
import { relationTypeLabel } from '../model/vocabulary';

export interface EvidenceQuote {
  readonly quote: string;
  readonly sourceId: string;
  /** The source's title, or null when the file lacks the source (GEXF and CSV carry no texts). */
  readonly sourceTitle: string | null;
  /** UTF-16 offsets into the source text, for highlighting. */
  readonly start: number;
  readonly end: number;
}

/** One step of a path as the analyst reads it: who, how, and the sentence that says so. */
export interface EvidenceLink {
  readonly edgeId: string;
  /** The step's ends in the order the path walks them (not necessarily the edge's source and target). */
  readonly from: string;
  readonly to: string;
  readonly type: string;
  readonly typeLabel: string;
  readonly stance: Stance;
  readonly confidence: number;
  readonly directed: boolean;
  /** The path walks this directed edge against its direction (Belarus to Ukraine over "Ukraine expresses concern about Belarus"). */
  readonly reversed: boolean;
  readonly quotes: readonly EvidenceQuote[];
}

/** The chosen edge of every step of a path, in order, with its evidence. */
export function evidenceChain(index: GraphIndex, path: { readonly nodeIds: readonly string[]; readonly edgeIds: readonly string[] }): EvidenceLink[] {
  const titles = new Map(index.graph.sources.map((s) => [s.id, s.title]));
  return path.edgeIds.map((edgeId, i) => {
    const edge = index.edgesById.get(edgeId);
    if (!edge) throw new Error(`evidenceChain: no edge "${edgeId}" in this graph`);
    const from = path.nodeIds[i]!;
    const to = path.nodeIds[i + 1]!;
    return {
      edgeId,
      from,
      to,
      type: edge.type,
      typeLabel: relationTypeLabel(edge.type),
      stance: edge.stance,
      confidence: edge.confidence,
      directed: edge.directed,
      reversed: edge.directed && edge.source !== from,
      quotes: edge.evidence.map((e) => ({ quote: e.quote, sourceId: e.sourceId, sourceTitle: titles.get(e.sourceId) ?? null, start: e.start, end: e.end })),
    };
  });
}
