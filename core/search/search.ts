import type { GraphIndex } from '../graph/graphIndex';
import { relationTypeLabel } from '../model/vocabulary';

/** Where a match was found; the UI says so beside each hit. */
export type SearchField = 'label' | 'alias' | 'description' | 'relation' | 'evidence';

export interface SearchHit {
  readonly kind: 'node' | 'edge';
  readonly id: string;
  readonly field: SearchField;
  /** The matched text (for evidence, the quote). */
  readonly text: string;
}

interface Entry extends SearchHit {
  readonly normalised: string;
  /** Lower ranks first: labels before aliases before evidence. */
  readonly rank: number;
}

export interface SearchIndex {
  readonly entries: readonly Entry[];
}

/** Case- and accent-insensitive form: "Aleinik", "ALEÏNIK" and "aleinik" match each other. */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"');
}

const RANK: Readonly<Record<SearchField, number>> = { label: 0, alias: 1, description: 3, relation: 4, evidence: 5 };

export function buildSearchIndex(index: GraphIndex): SearchIndex {
  const entries: Entry[] = [];
  const add = (kind: 'node' | 'edge', id: string, field: SearchField, text: string | null): void => {
    if (text) entries.push({ kind, id, field, text, normalised: normaliseForSearch(text), rank: RANK[field] });
  };
  for (const node of index.graph.nodes) {
    add('node', node.id, 'label', node.label);
    for (const alias of node.aliases) add('node', node.id, 'alias', alias);
    add('node', node.id, 'description', node.description);
  }
  for (const edge of index.graph.edges) {
    add('edge', edge.id, 'relation', relationTypeLabel(edge.type));
    for (const ev of edge.evidence) add('edge', edge.id, 'evidence', ev.quote);
  }
  return { entries };
}

/**
 * Every element matching the query, best first, each element once (its best field).
 * A match at the start of a label ranks above one inside it.
 */
export function search(index: SearchIndex, query: string): SearchHit[] {
  const q = normaliseForSearch(query.trim());
  if (q === '') return [];
  const best = new Map<string, { hit: SearchHit; score: number; order: number }>();
  index.entries.forEach((entry, order) => {
    const at = entry.normalised.indexOf(q);
    if (at < 0) return;
    const score = entry.rank * 2 + (at === 0 ? 0 : 1);
    const key = `${entry.kind}:${entry.id}`;
    const previous = best.get(key);
    if (!previous || score < previous.score) {
      best.set(key, { hit: { kind: entry.kind, id: entry.id, field: entry.field, text: entry.text }, score, order });
    }
  });
  return [...best.values()].sort((a, b) => a.score - b.score || a.order - b.order).map((b) => b.hit);
}
