import type { z } from 'zod';
import {
  GRAPH_FORMAT,
  GRAPH_FORMAT_VERSION,
  type Evidence,
  type GraphEdge,
  type GraphFile,
  type GraphNode,
  type Source,
} from '../model/schema';
import { safeParseEdge as parseEdge, safeParseMeta as parseMeta, safeParseNode as parseNode, safeParseSource as parseSource } from '../model/fastParse';
import type { Notes } from './flatAttributes';
import { longActorIds, ownEdgeStrings, ownElementStrings } from './ownStrings';
import { reportError, reportInfo, reportWarning, summarise, type ReportItem } from './report';

/** What a reader hands over: the model's shape, not yet validated. */
export interface ImportCandidate {
  readonly meta: unknown;
  readonly sources: readonly unknown[];
  readonly nodes: readonly unknown[];
  readonly edges: readonly unknown[];
  /**
   * Every node and edge already passed its element schema (the CSV reader validates each row as it
   * reads it, to name the row's line): they are taken as they are, not parsed a second time. Ids,
   * references and evidence are still checked.
   */
  readonly validated?: boolean;
  /**
   * No two edges share an id (the XML readers give every edge one of its own, assignEdgeIds): the
   * check for repeated ids, a hash of 100k ids, is left out.
   */
  readonly edgeIdsUnique?: boolean;
  /**
   * Its texts were cut from the file's text (the XML and CSV readers): they are made strings of
   * their own first (ownStrings.ts), so that the graph does not keep the whole file in memory.
   */
  readonly cutFromText?: boolean;
}

export interface ImportResult {
  /** null when the file cannot be imported at all (the report says why). */
  readonly graph: GraphFile | null;
  readonly report: readonly ReportItem[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function issueText(prefix: string, issue: z.core.$ZodIssue): string {
  const path = issue.path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`), prefix);
  return `${path}: ${issue.message}`;
}

function firstIssue(prefix: string, error: z.ZodError): string {
  return issueText(prefix, error.issues[0]!);
}

/** The texts of every element of a candidate whose texts were cut from a file's text, made their own. */
function ownCandidateStrings({ meta, sources, nodes, edges }: ImportCandidate): void {
  if (isObject(meta)) ownElementStrings(meta);
  for (const list of [sources, nodes]) for (const element of list) if (isObject(element)) ownElementStrings(element);
  const actorIds = longActorIds(nodes);
  for (const edge of edges) if (isObject(edge)) ownEdgeStrings(edge, actorIds);
}

/** A schema's successful result for an element that passed the schema before (parsing is idempotent). */
const alreadyParsed = <T>(data: T) => ({ success: true, data }) as const;

/** At most this many individual element problems are listed before they are summarised. */
const MAX_LISTED = 20;

/**
 * Validates a candidate element by element, repairs what can be repaired and reports every change,
 * so one bad element costs that element, not the file (Gephi's import report). The result validates
 * against GraphFileSchema and has consistent references.
 */
export function finalizeImport(candidate: ImportCandidate, earlier: readonly ReportItem[] = [], notes: Notes = new Map()): ImportResult {
  const report: ReportItem[] = [...earlier];
  const dropped: string[] = [];
  const drop = (message: string) => dropped.push(message);
  if (candidate.cutFromText) ownCandidateStrings(candidate);

  const metaParse = parseMeta(candidate.meta);
  const meta = metaParse.success ? metaParse.data : { title: 'Untitled graph', description: null };
  if (!metaParse.success) drop(firstIssue('meta', metaParse.error));

  const sources = new Map<string, Source>();
  candidate.sources.forEach((raw, i) => {
    const parsed = parseSource(raw);
    if (!parsed.success) drop(firstIssue(`sources[${i}]`, parsed.error));
    else if (sources.has(parsed.data.id)) drop(`sources[${i}].id: duplicate id "${parsed.data.id}"`);
    else sources.set(parsed.data.id, parsed.data);
  });

  const nodeOf = candidate.validated ? (raw: unknown) => alreadyParsed(raw as GraphNode) : parseNode;
  const edgeOf = candidate.validated ? (raw: unknown) => alreadyParsed(raw as GraphEdge) : parseEdge;
  const nodes = new Map<string, GraphNode>();
  candidate.nodes.forEach((raw, i) => {
    const parsed = nodeOf(raw);
    if (!parsed.success) drop(firstIssue(`nodes[${i}]`, parsed.error));
    else if (nodes.has(parsed.data.id)) drop(`nodes[${i}].id: duplicate id "${parsed.data.id}"`);
    else nodes.set(parsed.data.id, parsed.data);
  });

  const edges: GraphEdge[] = [];
  const edgeIds = candidate.edgeIdsUnique ? null : new Set<string>();
  const relocated: string[] = [];
  const unknownSources = new Set<string>();
  candidate.edges.forEach((raw, i) => {
    const parsed = edgeOf(raw);
    const edge = parsed.success ? parsed.data : null;
    const problem = !parsed.success
      ? firstIssue(`edges[${i}]`, parsed.error)
      : edgeIds?.has(parsed.data.id)
        ? `edges[${i}].id: duplicate id "${parsed.data.id}"`
        : !nodes.has(parsed.data.source)
          ? `edges[${i}].source: no node has id "${parsed.data.source}"`
          : !nodes.has(parsed.data.target)
            ? `edges[${i}].target: no node has id "${parsed.data.target}"`
            : null;
    if (problem !== null || edge === null) {
      drop(problem ?? `edges[${i}]: unreadable`);
      return;
    }
    // The edge is copied only when an evidence offset is corrected or a quote dropped.
    let evidence: Evidence[] | null = null;
    for (let j = 0; j < edge.evidence.length; j++) {
      const ev = edge.evidence[j]!;
      const source = sources.get(ev.sourceId);
      let kept: Evidence | null = ev;
      if (!source) unknownSources.add(ev.sourceId);
      else if (!quoteAt(source.text, ev)) {
        const at = source.text.indexOf(ev.quote);
        if (at >= 0 && source.text.indexOf(ev.quote, at + 1) < 0) {
          relocated.push(edge.id);
          kept = { ...ev, start: at, end: at + ev.quote.length };
        } else {
          drop(`edges[${i}].evidence[${j}]: the quote is not found in source "${ev.sourceId}" at ${ev.start}–${ev.end}`);
          kept = null;
        }
      }
      if (kept !== ev && evidence === null) evidence = edge.evidence.slice(0, j);
      if (kept !== null) evidence?.push(kept);
    }
    edgeIds?.add(edge.id);
    edges.push(evidence === null ? edge : { ...edge, evidence });
  });

  for (const message of dropped.slice(0, MAX_LISTED)) report.push(reportWarning(`${message} — left out`));
  if (dropped.length > MAX_LISTED) report.push(reportWarning(`…and ${dropped.length - MAX_LISTED} more elements left out`));
  if (relocated.length > 0) report.push(summarise('info', 'Evidence quotes found elsewhere in their source; offsets corrected', relocated));
  if (unknownSources.size > 0) {
    report.push(
      summarise('warning', 'Evidence cites sources the file does not include; quotes kept without their text', [...unknownSources]),
    );
  }
  for (const [what, ids] of notes) report.push(summarise('info', what, ids));

  if (nodes.size === 0 && candidate.nodes.length > 0) {
    report.push(reportError('No actor in the file could be read.'));
    return { graph: null, report };
  }
  const graph: GraphFile = {
    format: GRAPH_FORMAT,
    version: GRAPH_FORMAT_VERSION,
    meta,
    sources: [...sources.values()],
    nodes: [...nodes.values()],
    edges,
  };
  if (candidate.nodes.length === 0) report.push(reportInfo('The file has no actors.'));
  return { graph, report };
}

/**
 * Does the source text hold the quote at the evidence's offsets? The same test as
 * `end >= start && text.slice(start, end) === quote` (slice clamps `end` to the text), without the
 * string a slice makes for every quote of the file.
 */
function quoteAt(text: string, ev: Evidence): boolean {
  return ev.end >= ev.start && Math.min(ev.end, text.length) - ev.start === ev.quote.length && text.startsWith(ev.quote, ev.start);
}

/** A candidate from a parsed native document (any version already migrated). */
export function candidateFromDocument(doc: Record<string, unknown>): ImportCandidate {
  const list = (key: string): unknown[] => (Array.isArray(doc[key]) ? (doc[key] as unknown[]) : []);
  return { meta: doc['meta'], sources: list('sources'), nodes: list('nodes'), edges: list('edges') };
}

export { isObject };
