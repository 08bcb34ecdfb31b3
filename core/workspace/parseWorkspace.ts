import type { z } from 'zod';
import type { FilterState } from '../filter/filters';
import { jsonDepthExceeds, importNativeDocument, MAX_JSON_DEPTH } from '../io/nativeFormat';
import { parseJsonText, stripBom } from '../io/jsonText';
import type { GraphFile } from '../model/schema';
import { err, ok, type Result } from '../util/result';
import { migrateWorkspace } from './migrations';
import { WorkspaceFileSchema } from './schema';
import { WORKSPACE_FORMAT, WORKSPACE_FORMAT_VERSION, type Workspace, type WorkspaceFile } from './workspace';

/** At most this many schema problems are listed; the rest are counted. */
const MAX_LISTED = 20;

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function issueText(issue: z.core.$ZodIssue): string {
  const message =
    issue.code === 'unrecognized_keys' ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message;
  const where = pathText(issue.path);
  return where ? `${where}: ${message}` : message;
}

function listed(problems: readonly string[]): string[] {
  return problems.length > MAX_LISTED ? [...problems.slice(0, MAX_LISTED), `…and ${problems.length - MAX_LISTED} more problems`] : [...problems];
}

/** Selection, focus seeds and positions must name elements of the graph they travel with. */
function referenceProblems(ws: Omit<Workspace, 'graph'>, graph: GraphFile): string[] {
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  const edgeIds = new Set(graph.edges.map((e) => e.id));
  const problems: string[] = [];
  if (ws.selection) {
    const ids = ws.selection.kind === 'node' ? nodeIds : edgeIds;
    if (!ids.has(ws.selection.id)) problems.push(`selection.id: the graph has no ${ws.selection.kind} "${ws.selection.id}"`);
  }
  ws.focusSeeds.forEach((id, i) => {
    if (!nodeIds.has(id)) problems.push(`focusSeeds[${i}]: the graph has no node "${id}"`);
  });
  if (ws.focusDepth === 0 && ws.focusSeeds.length > 0) problems.push('focusSeeds: must be empty when focusDepth is 0');
  if (ws.focusDepth > 0 && ws.focusSeeds.length === 0) problems.push(`focusSeeds: focusDepth ${ws.focusDepth} needs at least one node to focus on`);
  const seen = new Set<string>();
  ws.positions.forEach((p, i) => {
    if (!nodeIds.has(p.id)) problems.push(`positions[${i}].id: the graph has no node "${p.id}"`);
    else if (seen.has(p.id)) problems.push(`positions[${i}].id: node "${p.id}" is placed twice`);
    seen.add(p.id);
  });
  return problems;
}

/** Validates a parsed workspace document of any known version: every problem, or the workspace. */
export function validateWorkspaceDocument(doc: unknown): Result<Workspace, string[]> {
  const migrated = migrateWorkspace(doc);
  if (!migrated.ok) return err([migrated.error]);
  const parsed = WorkspaceFileSchema.safeParse(migrated.value);
  if (!parsed.success) return err(listed(parsed.error.issues.map(issueText)));
  const { format: _format, version: _version, graph: rawGraph, ...state } = parsed.data;
  // The graph is held to the strict standard of files this app wrote: a repair would be a bug.
  const imported = importNativeDocument(rawGraph);
  const graphProblems = imported.report.filter((item) => item.level !== 'info').map((item) => `graph: ${item.message}`);
  if (!imported.graph || graphProblems.length > 0) return err(listed(graphProblems.length > 0 ? graphProblems : ['graph: unreadable']));
  const problems = referenceProblems(state, imported.graph);
  if (problems.length > 0) return err(listed(problems));
  return ok({ ...state, graph: imported.graph });
}

/** The text of a .kgw.json file → the workspace, or every problem (JSON errors name line and column). */
export function parseWorkspaceText(text: string): Result<Workspace, string[]> {
  const clean = stripBom(text);
  if (clean.trim() === '') return err(['The file is empty: expected a JSON workspace.']);
  // One level more than a graph: the graph sits inside the workspace.
  if (jsonDepthExceeds(clean, MAX_JSON_DEPTH + 1)) return err([`The file nests deeper than ${MAX_JSON_DEPTH + 1} levels; a workspace never does.`]);
  const json = parseJsonText(clean);
  if (!json.ok) return err([json.error]);
  return validateWorkspaceDocument(json.value);
}

/**
 * The workspace as file text. Fields are picked one by one (an extra runtime property is never
 * written, so what we write we can read back), in a fixed order: the tag first (detection reads the
 * head), the session state next, the bulky graph last.
 */
export function serializeWorkspace(ws: Workspace): string {
  const f: FilterState = ws.filters;
  const file: WorkspaceFile = {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_FORMAT_VERSION,
    fileName: ws.fileName,
    layout: ws.layout,
    viewport: ws.viewport && { zoom: ws.viewport.zoom, pan: { x: ws.viewport.pan.x, y: ws.viewport.pan.y } },
    selection: ws.selection && { kind: ws.selection.kind, id: ws.selection.id },
    focusDepth: ws.focusDepth,
    focusSeeds: ws.focusSeeds,
    filters: {
      hiddenActorTypes: f.hiddenActorTypes,
      hiddenRelationTypes: f.hiddenRelationTypes,
      hiddenStances: f.hiddenStances,
      timeFrom: f.timeFrom,
      timeTo: f.timeTo,
      includeUndated: f.includeUndated,
      minConfidence: f.minConfidence,
      hideOrphans: f.hideOrphans,
    },
    positions: ws.positions.map((p) => ({ id: p.id, x: p.x, y: p.y })),
    graph: ws.graph,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
