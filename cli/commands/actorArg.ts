import type { GraphFile, GraphNode } from '../../core/model/schema';
import { CliError } from '../io';

const fold = (text: string): string => text.normalize('NFC').toLowerCase();
const named = (node: GraphNode): string => (node.label === node.id ? node.id : `${node.label} (${node.id})`);

/**
 * The actor a command-line word names: its exact id first (ids always work, even one that is
 * another actor's label), else any actor whose id or label matches ignoring case. Unknown and
 * ambiguous words are errors that list the candidates, so the user can retype with an id.
 */
export function resolveActor(graph: GraphFile, word: string): GraphNode {
  const exact = graph.nodes.find((n) => n.id === word);
  if (exact) return exact;
  const wanted = fold(word);
  const matches = graph.nodes.filter((n) => fold(n.id) === wanted || fold(n.label) === wanted);
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    throw new CliError(`"${word}" is ambiguous: it names ${matches.map(named).join(', ')}; give the id`);
  }
  const near = graph.nodes.filter((n) => fold(n.id).includes(wanted) || fold(n.label).includes(wanted)).slice(0, 5);
  throw new CliError(`no actor "${word}" in this graph${near.length > 0 ? ` (did you mean ${near.map(named).join(', ')}?)` : ''}`);
}
