import type { GraphFile, GraphNode } from '../../model/schema';
import type { CandidateActor } from '../types';

/** A name as compared: case, diacritics, punctuation and spacing ignored ("Lukašenka" = "lukasenka"). */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export type Resolution =
  | { readonly kind: 'node'; readonly nodeId: string; readonly by: 'qid' | 'name' | 'surname' | 'analyst' }
  | { readonly kind: 'new' };

/** The graph's names, QIDs and surnames, built once per graph (the review asks for every actor on every key press). */
interface NameIndex {
  readonly byQid: ReadonlyMap<string, readonly GraphNode[]>;
  readonly byName: ReadonlyMap<string, readonly GraphNode[]>;
  /** People by the last word of their label. */
  readonly bySurname: ReadonlyMap<string, readonly GraphNode[]>;
}

const indexes = new WeakMap<GraphFile, NameIndex>();

function push(map: Map<string, GraphNode[]>, key: string, node: GraphNode): void {
  const list = map.get(key);
  if (!list) map.set(key, [node]);
  else if (list[list.length - 1] !== node) list.push(node);
}

function nameIndex(graph: GraphFile): NameIndex {
  const cached = indexes.get(graph);
  if (cached) return cached;
  const byQid = new Map<string, GraphNode[]>();
  const byName = new Map<string, GraphNode[]>();
  const bySurname = new Map<string, GraphNode[]>();
  for (const node of graph.nodes) {
    if (node.qid) push(byQid, node.qid, node);
    for (const name of [node.label, ...node.aliases]) {
      const key = nameKey(name);
      if (key) push(byName, key, node);
    }
    if (node.type === 'person') push(bySurname, lastWord(nameKey(node.label)), node);
  }
  const index = { byQid, byName, bySurname };
  indexes.set(graph, index);
  return index;
}

/** Several nodes share a name: prefer one of the candidate's type, then the first in the file. */
function pick(nodes: readonly GraphNode[], actor: CandidateActor): GraphNode | undefined {
  return nodes.find((n) => n.type === actor.type) ?? nodes[0];
}

function lastWord(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}

/** Nodes under any of the keys, each once, in file order. */
function lookUp(map: ReadonlyMap<string, readonly GraphNode[]>, keys: Iterable<string>, order: ReadonlyMap<GraphNode, number>): GraphNode[] {
  const found = new Set<GraphNode>();
  for (const key of keys) for (const node of map.get(key) ?? []) found.add(node);
  return [...found].sort((a, b) => order.get(a)! - order.get(b)!);
}

const orders = new WeakMap<GraphFile, Map<GraphNode, number>>();
function fileOrder(graph: GraphFile): Map<GraphNode, number> {
  let order = orders.get(graph);
  if (!order) {
    order = new Map(graph.nodes.map((n, i) => [n, i]));
    orders.set(graph, order);
  }
  return order;
}

/**
 * Which node of the open graph a candidate actor is: by Wikidata QID, else by label or alias (case-
 * and diacritics-insensitive), else, for people, by surname alone when the label of exactly one person
 * of the graph ends with it ("Lukashenko" from a second article is "Alexander Lukashenko"). Otherwise
 * a new node.
 */
export function resolveActor(graph: GraphFile, actor: CandidateActor, names: readonly string[] = []): Resolution {
  const index = nameIndex(graph);
  const order = fileOrder(graph);
  if (actor.qid) {
    const node = pick(index.byQid.get(actor.qid) ?? [], actor);
    if (node) return { kind: 'node', nodeId: node.id, by: 'qid' };
  }
  const keys = new Set([...names, actor.label, ...actor.aliases].map(nameKey).filter(Boolean));
  const named = pick(lookUp(index.byName, keys, order), actor);
  if (named) return { kind: 'node', nodeId: named.id, by: 'name' };
  if (actor.type === 'person') {
    const people = lookUp(index.bySurname, [...keys].map(lastWord), order);
    if (people.length === 1) return { kind: 'node', nodeId: people[0]!.id, by: 'surname' };
  }
  return { kind: 'new' };
}
