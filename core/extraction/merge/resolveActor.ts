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

/** Names of a node: its label and aliases, as keys. */
function nodeKeys(node: GraphNode): Set<string> {
  return new Set([node.label, ...node.aliases].map(nameKey).filter(Boolean));
}

/** Several nodes share a name: prefer one of the candidate's type, then the first in the file. */
function pick(nodes: readonly GraphNode[], actor: CandidateActor): GraphNode | undefined {
  return nodes.find((n) => n.type === actor.type) ?? nodes[0];
}

function lastWord(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}

/**
 * Which node of the open graph a candidate actor is: by Wikidata QID, else by label or alias (case-
 * and diacritics-insensitive), else, for people, by surname alone when the label of exactly one person
 * of the graph ends with it ("Lukashenko" from a second article is "Alexander Lukashenko"). Otherwise a new node.
 */
export function resolveActor(graph: GraphFile, actor: CandidateActor, names: readonly string[] = []): Resolution {
  if (actor.qid) {
    const byQid = graph.nodes.filter((n) => n.qid === actor.qid);
    const node = pick(byQid, actor);
    if (node) return { kind: 'node', nodeId: node.id, by: 'qid' };
  }
  const keys = new Set([...names, actor.label, ...actor.aliases].map(nameKey).filter(Boolean));
  const byName = graph.nodes.filter((n) => [...nodeKeys(n)].some((k) => keys.has(k)));
  const named = pick(byName, actor);
  if (named) return { kind: 'node', nodeId: named.id, by: 'name' };
  if (actor.type === 'person') {
    const surnames = new Set([...keys].map(lastWord));
    const people = graph.nodes.filter((n) => n.type === 'person' && surnames.has(lastWord(nameKey(n.label))));
    const distinct = new Set(people.map((n) => n.id));
    if (distinct.size === 1) return { kind: 'node', nodeId: people[0]!.id, by: 'surname' };
  }
  return { kind: 'new' };
}
