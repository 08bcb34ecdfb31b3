import { freshId } from '../../graph/edits';
import { validateGraphDocument } from '../../io/nativeFormat';
import type { Evidence, GraphEdge, GraphFile, GraphNode, Source } from '../../model/schema';
import { relationTypeInfo } from '../../model/vocabulary';
import { err, ok, type Result } from '../../util/result';
import type { ArticleInput, CandidateActor, CandidateRelation, ExtractionResult } from '../types';
import { resolveActor, type Resolution } from './resolveActor';
import type { ActorReview, RelationReview, ReviewDecisions } from './review';

export interface MergeOutcome {
  readonly graph: GraphFile;
  /** The article's source id (new, or the same article merged before). */
  readonly sourceId: string;
  readonly sourceAdded: boolean;
  readonly nodesAdded: number;
  readonly edgesAdded: number;
  /** Existing relations that received evidence from this article. */
  readonly edgesUpdated: number;
  readonly evidenceAdded: number;
  /** Accepted relations that could not be merged, with the reason. */
  readonly skipped: readonly string[];
  /** Graph node of every candidate actor that took part. */
  readonly nodeOfActor: ReadonlyMap<string, string>;
  /** Graph edge of every merged relation. */
  readonly edgeOfRelation: ReadonlyMap<string, string>;
}

/** The analyst's choice, else automatic resolution against the open graph. */
export function resolveReviewedActor(graph: GraphFile, actor: CandidateActor, review: ActorReview | undefined): Resolution {
  if (review?.nodeId === null) return { kind: 'new' };
  if (review?.nodeId !== undefined && graph.nodes.some((n) => n.id === review.nodeId)) return { kind: 'node', nodeId: review.nodeId, by: 'analyst' };
  return resolveActor(graph, actor, review?.label ? [review.label] : []);
}

function sourceFor(graph: GraphFile, article: ArticleInput): { source: Source; added: boolean } {
  // The same text is the same article, whatever its title: merging it again adds no second source.
  const same = graph.sources.find((s) => s.text === article.text);
  if (same) return { source: same, added: false };
  const taken = { ...graph, nodes: [...graph.nodes, ...graph.sources.map((s) => ({ id: s.id }) as GraphNode)] };
  const base = [article.title.split(/\s+/).slice(0, 8).join(' '), article.published ?? ''].join(' ');
  const source: Source = {
    id: freshId(taken, base),
    title: article.title.trim() || 'Untitled article',
    section: null,
    outlet: article.outlet,
    published: article.published,
    url: article.url,
    text: article.text,
  };
  return { source, added: true };
}

function newNode(graph: GraphFile, actor: CandidateActor, review: ActorReview | undefined): GraphNode {
  const label = review?.label?.trim() || actor.label;
  const aliases = [...new Set([actor.label, ...actor.aliases].filter((a) => a.trim() !== '' && a !== label))];
  return {
    id: freshId(graph, label),
    label,
    type: review?.type ?? actor.type,
    aliases,
    qid: actor.qid,
    description: null,
    time: null,
    position: null,
    attributes: {},
  };
}

function sameRelation(edge: GraphEdge, type: string, source: string, target: string, directed: boolean): boolean {
  if (edge.type !== type) return false;
  if (edge.source === source && edge.target === target) return true;
  return (!edge.directed || !directed) && edge.source === target && edge.target === source;
}

/** Type, CAMEO code, Goldstein score and stance of an accepted relation: an edited type brings its own. */
function relationKind(relation: CandidateRelation, review: RelationReview) {
  const type = review.type ?? relation.type;
  if (type === relation.type) return { type, cameo: relation.cameo, goldstein: relation.goldstein, stance: relation.stance };
  const info = relationTypeInfo(type);
  return { type, cameo: info?.cameo ?? null, goldstein: info?.goldstein ?? null, stance: info?.stance ?? relation.stance };
}

/**
 * Merges the accepted candidates of one article into the open graph (pure; the graph is not changed in
 * place). The article becomes a source; accepted relations bring their actors, which are resolved to
 * existing nodes (QID, label/alias, surname) or become new nodes; a relation of the same type between
 * the same nodes gains this article's evidence, any other becomes a new edge. Merging the same article
 * again adds nothing. The result is validated like a file (schema, references, evidence offsets).
 */
export function mergeAccepted(graph: GraphFile, result: ExtractionResult, decisions: ReviewDecisions): Result<MergeOutcome, string[]> {
  const actorsById = new Map(result.actors.map((a) => [a.id, a]));
  const accepted = result.relations.filter((r) => decisions.relations.get(r.id)?.status === 'accepted');
  const skipped: string[] = [];
  const { source, added: sourceAdded } = sourceFor(graph, result.article);
  let nodes: GraphNode[] = graph.nodes;
  const edges = [...graph.edges];
  // The graph actors are resolved against: a new object only when a node is added, so the name index
  // resolveActor builds per graph is reused between additions.
  let resolvable: GraphFile = { ...graph, edges };
  const nodeOfActor = new Map<string, string>();
  const edgeOfRelation = new Map<string, string>();
  let nodesAdded = 0;

  const nodeFor = (ref: string): string | null => {
    const known = nodeOfActor.get(ref);
    if (known) return known;
    const actor = actorsById.get(ref);
    if (!actor) return graph.nodes.some((n) => n.id === ref) ? ref : null;
    const review = decisions.actors.get(ref);
    if (review?.status === 'rejected') return null;
    const resolution = resolveReviewedActor(resolvable, actor, review);
    let nodeId: string;
    if (resolution.kind === 'node') nodeId = resolution.nodeId;
    else {
      const node = newNode(resolvable, actor, review);
      nodes = [...nodes, node];
      resolvable = { ...graph, nodes, edges };
      nodesAdded++;
      nodeId = node.id;
    }
    nodeOfActor.set(ref, nodeId);
    return nodeId;
  };

  // Actors accepted on their own, with or without relations.
  for (const actor of result.actors) if (decisions.actors.get(actor.id)?.status === 'accepted') nodeFor(actor.id);

  let edgesAdded = 0;
  let evidenceAdded = 0;
  const updated = new Set<string>();
  const created = new Set<string>();
  for (const relation of accepted) {
    const review = decisions.relations.get(relation.id)!;
    const sourceRef = review.source ?? relation.source;
    const targetRef = review.target ?? relation.target;
    const from = nodeFor(sourceRef);
    const to = nodeFor(targetRef);
    const name = `“${relation.evidence.text.slice(0, 60)}${relation.evidence.text.length > 60 ? '…' : ''}”`;
    if (from === null || to === null) {
      skipped.push(`${relation.id} ${name}: an end is a rejected or unknown actor (${from === null ? sourceRef : targetRef}).`);
      continue;
    }
    if (from === to) {
      skipped.push(`${relation.id} ${name}: both ends are the same actor (${from}).`);
      continue;
    }
    if (result.article.text.slice(relation.evidence.start, relation.evidence.end) !== relation.evidence.text) {
      skipped.push(`${relation.id} ${name}: the quote is not at its offsets in the article.`);
      continue;
    }
    const evidence: Evidence = { sourceId: source.id, quote: relation.evidence.text, start: relation.evidence.start, end: relation.evidence.end };
    const kind = relationKind(relation, review);
    const at = edges.findIndex((e) => sameRelation(e, kind.type, from, to, relation.directed));
    if (at >= 0) {
      const edge = edges[at]!;
      edgeOfRelation.set(relation.id, edge.id);
      if (edge.evidence.some((e) => e.sourceId === evidence.sourceId && e.start === evidence.start && e.end === evidence.end)) continue;
      edges[at] = { ...edge, evidence: [...edge.evidence, evidence] };
      evidenceAdded++;
      if (!created.has(edge.id)) updated.add(edge.id);
      continue;
    }
    const edge: GraphEdge = {
      id: freshId({ ...graph, nodes, edges }, `e-${from}-${kind.type}-${to}`),
      source: from,
      target: to,
      ...kind,
      directed: relation.directed,
      time: review.time === undefined ? relation.time : review.time,
      confidence: relation.confidence,
      evidence: [evidence],
      note: null,
      attributes: {},
    };
    edges.push(edge);
    edgeOfRelation.set(relation.id, edge.id);
    created.add(edge.id);
    edgesAdded++;
  }

  // A new article is kept once anything of it was merged: evidence then always has its text.
  const keepSource = sourceAdded && nodesAdded + edgesAdded + evidenceAdded > 0;
  const merged = { ...graph, sources: keepSource ? [...graph.sources, source] : graph.sources, nodes, edges };
  const valid = validateGraphDocument(merged);
  if (!valid.ok) return err(valid.error);
  return ok({
    graph: valid.value,
    sourceId: source.id,
    sourceAdded: keepSource,
    nodesAdded,
    edgesAdded,
    edgesUpdated: updated.size,
    evidenceAdded,
    skipped,
    nodeOfActor,
    edgeOfRelation,
  });
}
