import { DEFAULT_FILTERS, type FilterState } from '../filter/filters';
import type { GraphFile } from '../model/schema';

/**
 * A saved session: the graph itself plus everything the analyst set up around it, so reopening the
 * file puts them back where they were. Plain readonly data; the file adds `format` and `version`.
 */
export const WORKSPACE_FORMAT = 'kg-explorer-workspace';
export const WORKSPACE_FORMAT_VERSION = 1;
/** Workspace files end in ".kgw.json" (".kg.json" is a bare graph). */
export const WORKSPACE_EXTENSION = '.kgw.json';

/** Layout names a workspace may record; the renderer's LAYOUTS must be this list (tested). */
export const WORKSPACE_LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'grid', 'circle'] as const;
export type WorkspaceLayout = (typeof WORKSPACE_LAYOUTS)[number];

export const FOCUS_DEPTHS = [0, 1, 2, 3] as const;
export type WorkspaceFocusDepth = (typeof FOCUS_DEPTHS)[number];

/** cytoscape's viewport: zoom level and pan offset in rendered pixels. */
export interface Viewport {
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
}

/** Where one node was on the canvas (model coordinates). A list, not a map: ids such as "__proto__" stay plain data. */
export interface NodePosition {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

export type WorkspaceSelection = { readonly kind: 'node' | 'edge'; readonly id: string } | null;

export interface Workspace {
  /** The graph, as the native format holds it (positions in it are the ones it was opened with). */
  readonly graph: GraphFile;
  /** Name of the file the graph came from ("belarus-china.kg.json"); null for a graph never saved. */
  readonly fileName: string | null;
  /** Current canvas positions; nodes not listed are placed by the layout. */
  readonly positions: readonly NodePosition[];
  readonly layout: WorkspaceLayout;
  readonly filters: FilterState;
  readonly selection: WorkspaceSelection;
  /** 0: no focus; 1–3: only the neighbourhood of focusSeeds to that depth. */
  readonly focusDepth: WorkspaceFocusDepth;
  /** Node ids the focus is centred on (taken from the selection when focus was set); empty when depth is 0. */
  readonly focusSeeds: readonly string[];
  /** null: fit the graph to the window on restore. */
  readonly viewport: Viewport | null;
}

/** What a .kgw.json file holds: the workspace with its format tag and version first. */
export interface WorkspaceFile extends Workspace {
  readonly format: typeof WORKSPACE_FORMAT;
  readonly version: typeof WORKSPACE_FORMAT_VERSION;
}

/** A fresh workspace for a graph: default filters, no selection or focus, the default layout, fit to window. */
export function workspaceFromGraph(graph: GraphFile, fileName: string | null): Workspace {
  return {
    graph,
    fileName,
    positions: graph.nodes.flatMap((n) => (n.position ? [{ id: n.id, x: n.position.x, y: n.position.y }] : [])),
    layout: 'fcose',
    filters: DEFAULT_FILTERS,
    selection: null,
    focusDepth: 0,
    focusSeeds: [],
    viewport: null,
  };
}

export function isWorkspaceFileName(fileName: string): boolean {
  return fileName.toLowerCase().endsWith(WORKSPACE_EXTENSION);
}

/**
 * Does the start of a text look like a workspace file? The tag can only match as a JSON key and value:
 * inside a JSON string (a quote in an article) its quotes would be escaped.
 */
export function looksLikeWorkspace(head: string): boolean {
  return new RegExp(`"format"\\s*:\\s*"${WORKSPACE_FORMAT}"`).test(head);
}

/** The workspace's graph with each actor at its saved position (an actor the workspace does not place keeps its own). */
export function graphAtSavedPositions(workspace: Workspace): GraphFile {
  if (workspace.positions.length === 0) return workspace.graph;
  const positions = new Map(workspace.positions.map((p) => [p.id, { x: p.x, y: p.y }]));
  return { ...workspace.graph, nodes: workspace.graph.nodes.map((n) => ({ ...n, position: positions.get(n.id) ?? n.position })) };
}
