import { finalizeImport } from '../formats/finalizeImport';
import type { Evidence, GraphEdge, GraphFile, GraphNode } from '../model/schema';
import { EdgeSchema, NodeSchema } from '../model/schema';
import { err, ok, type Result } from '../util/result';

/**
 * Edits of the graph as pure functions: each returns a new graph that validates against the schema
 * and its references, or the problems that name what is wrong. Nothing is changed in place.
 */

function issues(prefix: string, error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string[] {
  return error.issues.map((i) => `${[prefix, ...i.path.map(String)].filter(Boolean).join('.')}: ${i.message}`);
}

/** Re-validates the whole graph: an edit that breaks a reference or a quote is refused. */
function checked(graph: GraphFile): Result<GraphFile, string[]> {
  const { graph: result, report } = finalizeImport(graph);
  const problems = report.filter((r) => r.level !== 'info').map((r) => r.message.replace(/ — left out$/, ''));
  if (!result || problems.length > 0) return err(problems.length > 0 ? problems : ['The graph is not valid.']);
  return ok(result);
}

/** A new id from a label that no element of the graph has yet ("belarus", "belarus-2", …). */
export function freshId(graph: GraphFile, base: string): string {
  const taken = new Set([...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)]);
  const slug = base.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'item';
  if (!taken.has(slug)) return slug;
  for (let i = 2; ; i++) if (!taken.has(`${slug}-${i}`)) return `${slug}-${i}`;
}

/** Adds a node, or replaces the node with the same id. */
export function upsertNode(graph: GraphFile, input: unknown): Result<GraphFile, string[]> {
  const parsed = NodeSchema.safeParse(input);
  if (!parsed.success) return err(issues('', parsed.error));
  const node: GraphNode = parsed.data;
  const exists = graph.nodes.some((n) => n.id === node.id);
  const nodes = exists ? graph.nodes.map((n) => (n.id === node.id ? node : n)) : [...graph.nodes, node];
  return checked({ ...graph, nodes });
}

/** Adds a relation, or replaces the relation with the same id. */
export function upsertEdge(graph: GraphFile, input: unknown): Result<GraphFile, string[]> {
  const parsed = EdgeSchema.safeParse(input);
  if (!parsed.success) return err(issues('', parsed.error));
  const edge: GraphEdge = parsed.data;
  const exists = graph.edges.some((e) => e.id === edge.id);
  const edges = exists ? graph.edges.map((e) => (e.id === edge.id ? edge : e)) : [...graph.edges, edge];
  return checked({ ...graph, edges });
}

/** Deletes actors and relations; a deleted actor takes its relations with it. */
export function deleteElements(graph: GraphFile, ids: ReadonlySet<string>): GraphFile {
  const nodes = graph.nodes.filter((n) => !ids.has(n.id));
  const kept = new Set(nodes.map((n) => n.id));
  const edges = graph.edges.filter((e) => !ids.has(e.id) && kept.has(e.source) && kept.has(e.target));
  return { ...graph, nodes, edges };
}

/**
 * Evidence for a quote in a source: offsets found by search, so the analyst types or pastes the quote
 * and never an offset. The first occurrence is taken; say which one if the quote repeats.
 */
export function locateEvidence(graph: GraphFile, sourceId: string, quote: string, occurrence = 1): Result<Evidence> {
  const source = graph.sources.find((s) => s.id === sourceId);
  if (!source) return err(`No source has id "${sourceId}".`);
  if (quote.trim() === '') return err('The quote is empty.');
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = source.text.indexOf(quote, at + 1);
    if (at < 0) return err(`The quote is not found in “${source.title}”. Paste it exactly as the text has it.`);
  }
  return ok({ sourceId, quote, start: at, end: at + quote.length });
}

/** Adds a source text (an article) so evidence can point into it. */
export function addSource(graph: GraphFile, title: string, text: string, published: string | null): Result<{ graph: GraphFile; sourceId: string }, string[]> {
  const sourceId = freshId({ ...graph, nodes: [...graph.nodes, ...graph.sources.map((s) => ({ id: s.id }) as GraphNode)] }, title);
  const source = { id: sourceId, title, section: null, outlet: null, published, url: null, text };
  const result = checked({ ...graph, sources: [...graph.sources, source] });
  return result.ok ? ok({ graph: result.value, sourceId }) : result;
}
