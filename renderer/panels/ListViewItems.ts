import type { GraphIndex } from '../../core/graph/graphIndex';
import type { TimeSpan } from '../../core/model/schema';
import { ACTOR_TYPE_LABELS, relationTypeLabel, type Stance } from '../../core/model/vocabulary';
import { normaliseForSearch } from '../../core/search/search';

/** One row of the list view: what it shows, what a screen reader announces, what type-ahead matches. */
export interface ListItem {
  readonly kind: 'node' | 'edge';
  readonly id: string;
  /** First line: the actor's label, or "Source — relation → Target". */
  readonly label: string;
  /** Second line: the actor type, or "stance, date". */
  readonly detail: string;
  /** What a screen reader announces: "label, detail" (the option's visible text). */
  readonly name: string;
  readonly stance: Stance | null;
  /** Normalised label for type-ahead (case- and accent-insensitive). */
  readonly key: string;
}

/** "2022-09", "2023-02-28 – 2023-03-02", or "undated": the list says when, the details say how precisely. */
export function shortSpan(span: TimeSpan | null): string {
  if (!span) return 'undated';
  return span.end && span.end !== span.start ? `${span.start} – ${span.end}` : span.start;
}

/** The order localeCompare gives, from one collator (localeCompare sets one up per call: 10× slower on 100,000 rows). */
const collator = new Intl.Collator();
const byLabel = (a: ListItem, b: ListItem) => collator.compare(a.label, b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function actorItems(index: GraphIndex, visible: ReadonlySet<string>): ListItem[] {
  const items: ListItem[] = [];
  for (const node of index.graph.nodes) {
    if (!visible.has(node.id)) continue;
    const type = ACTOR_TYPE_LABELS[node.type] ?? node.type;
    items.push({
      kind: 'node',
      id: node.id,
      label: node.label,
      detail: type,
      name: `${node.label}, ${type}`,
      stance: null,
      key: normaliseForSearch(node.label),
    });
  }
  return items.sort(byLabel);
}

export function relationItems(index: GraphIndex, visible: ReadonlySet<string>): ListItem[] {
  const labelOf = (id: string) => index.nodesById.get(id)?.label ?? id;
  const items: ListItem[] = [];
  for (const edge of index.graph.edges) {
    if (!visible.has(edge.id)) continue;
    // Mutual ties read both ways; the arrow is the edge's direction on the canvas.
    const label = `${labelOf(edge.source)} — ${relationTypeLabel(edge.type)} ${edge.directed ? '→' : '↔'} ${labelOf(edge.target)}`;
    const detail = `${edge.stance}, ${shortSpan(edge.time)}`;
    items.push({
      kind: 'edge',
      id: edge.id,
      label,
      detail,
      name: `${label}, ${detail}`,
      stance: edge.stance,
      key: normaliseForSearch(label),
    });
  }
  return items.sort(byLabel);
}
