import type { z } from 'zod';
import { GraphFileSchema, type GraphFile } from '../model/schema';
import { err, ok, type Result } from '../util/result';
import { parseJsonText, stripBom } from './jsonText';
import { migrateToCurrent } from './migrations';

/** At most this many problems are listed; a broken file can have thousands. */
const MAX_PROBLEMS = 20;

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path);
  return where === '' ? issue.message : `${where}: ${issue.message}`;
}

/** Ids unique, edges between existing nodes, evidence quoting its source at the stated offsets. */
export function checkReferences(graph: GraphFile): string[] {
  const problems: string[] = [];
  const nodeIds = new Set<string>();
  graph.nodes.forEach((node, i) => {
    if (nodeIds.has(node.id)) problems.push(`nodes[${i}].id: duplicate id "${node.id}"`);
    nodeIds.add(node.id);
  });
  const sources = new Map(graph.sources.map((s) => [s.id, s]));
  if (sources.size !== graph.sources.length) problems.push('sources: duplicate source id');
  const edgeIds = new Set<string>();
  graph.edges.forEach((edge, i) => {
    if (edgeIds.has(edge.id)) problems.push(`edges[${i}].id: duplicate id "${edge.id}"`);
    edgeIds.add(edge.id);
    if (!nodeIds.has(edge.source)) problems.push(`edges[${i}].source: no node has id "${edge.source}"`);
    if (!nodeIds.has(edge.target)) problems.push(`edges[${i}].target: no node has id "${edge.target}"`);
    edge.evidence.forEach((ev, j) => {
      const where = `edges[${i}].evidence[${j}]`;
      const source = sources.get(ev.sourceId);
      if (!source) {
        problems.push(`${where}.sourceId: no source has id "${ev.sourceId}"`);
      } else if (ev.end < ev.start || source.text.slice(ev.start, ev.end) !== ev.quote) {
        problems.push(`${where}: the quote is not found in source "${ev.sourceId}" at ${ev.start}–${ev.end}`);
      }
    });
  });
  return problems;
}

/** Validates an already-parsed document (any known version) and returns the current-version graph. */
export function validateGraphDocument(doc: unknown): Result<GraphFile, string[]> {
  const migrated = migrateToCurrent(doc);
  if (!migrated.ok) return err([migrated.error]);
  const parsed = GraphFileSchema.safeParse(migrated.value);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const listed = issues.slice(0, MAX_PROBLEMS).map(describeIssue);
    if (issues.length > MAX_PROBLEMS) listed.push(`…and ${issues.length - MAX_PROBLEMS} more problems`);
    return err(listed);
  }
  const problems = checkReferences(parsed.data);
  if (problems.length > 0) {
    const listed = problems.slice(0, MAX_PROBLEMS);
    if (problems.length > MAX_PROBLEMS) listed.push(`…and ${problems.length - MAX_PROBLEMS} more problems`);
    return err(listed);
  }
  return ok(parsed.data);
}

/** Parses the text of a native graph file: JSON syntax, version migration, schema, references. */
export function parseGraphText(text: string): Result<GraphFile, string[]> {
  const json = parseJsonText(stripBom(text));
  if (!json.ok) return err([json.error]);
  return validateGraphDocument(json.value);
}

/** Serialises a graph in the native format; stable key order so files diff well. */
export function serializeGraph(graph: GraphFile): string {
  return `${JSON.stringify(graph, null, 2)}\n`;
}
