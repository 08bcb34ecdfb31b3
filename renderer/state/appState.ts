import type { GraphFacets } from '../../core/graph/facets';
import { DEFAULT_FILTERS, type FilterState } from '../../core/filter/filters';
import type { GraphIndex } from '../../core/graph/graphIndex';
import type { GraphFile, Position } from '../../core/model/schema';
import { EMPTY_HISTORY, type UndoHistory } from './undo';
import type { SearchIndex } from '../../core/search/search';
import type { ReportItem } from '../../core/formats/report';
import type { GraphMetrics } from '../../core/analysis/metrics';
import type { VisibleSet } from '../../core/filter/filters';
import type { Viewport } from '../../core/workspace/workspace';

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'grid', 'circle'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export type Selection = { readonly kind: 'node' | 'edge'; readonly id: string } | null;
export type FocusDepth = 0 | 1 | 2 | 3;

/** A graph that passed validation, with the indexes core builds once for it. */
export interface LoadedGraph {
  readonly graph: GraphFile;
  readonly index: GraphIndex;
  readonly searchIndex: SearchIndex;
  /** Counts and the time histogram of the whole graph (filter panel, timeline). */
  readonly facets: GraphFacets;
  readonly fileName: string;
  /** Same number for a graph and its edits; a new one for each file opened. The view re-lays out only on a new one. */
  readonly loadId: number;
}

export interface Problems {
  readonly title: string;
  readonly items: readonly string[];
}

export type Dialog = 'about' | 'shortcuts' | 'export' | 'import-csv' | 'extract' | null;

export type SidePanel = 'details' | 'paths' | 'metrics';
export const METRIC_KEYS = ['degree', 'degreeIn', 'degreeOut', 'betweenness', 'closeness', 'pagerank'] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

export interface PathQuery {
  readonly from: string | null;
  readonly to: string | null;
  readonly maxLength: number;
}

/** The path the canvas highlights: its actors and the relations that carry its steps. */
export interface ActivePath {
  readonly nodeIds: readonly string[];
  readonly edgeIds: readonly string[];
}

export interface MetricMapping {
  readonly size: MetricKey | null;
  readonly color: 'type' | 'community' | MetricKey;
}

export interface Editor {
  readonly kind: 'node' | 'edge';
  readonly id: string | null;
}

/** A file that was read and awaits the analyst's acceptance of its import report. */
export interface PendingImport {
  readonly fileName: string;
  readonly formatLabel: string;
  readonly graph: GraphFile;
  readonly report: readonly ReportItem[];
}

export interface AppState {
  readonly doc: LoadedGraph | null;
  readonly filters: FilterState;
  readonly selection: Selection;
  /** 0: no focus; 1–3: only the selection's neighbourhood to that depth. */
  readonly focusDepth: FocusDepth;
  readonly focusSeeds: readonly string[];
  readonly layout: LayoutName;
  /** Bumped to ask the view to run the layout again. */
  readonly layoutRun: number;
  readonly query: string;
  /** Which search hit is current (index into the visible hits). */
  readonly matchCursor: number;
  /** Bumped when the analyst asks to jump to the current match. */
  readonly jumpRun: number;
  readonly problems: Problems | null;
  readonly notice: string | null;
  readonly busy: string | null;
  readonly dialog: Dialog;
  readonly pendingImport: PendingImport | null;
  /** Elements the analyst hid by hand (on top of the filters). */
  readonly hiddenIds: readonly string[];
  /** Nodes pinned in place: layouts do not move them. */
  readonly pinnedIds: readonly string[];
  readonly history: UndoHistory;
  /** Positions to put back (undo of a layout or a move); the view applies and clears them. */
  readonly pendingPositions: ReadonlyMap<string, Position> | null;
  readonly panel: SidePanel;
  readonly pathQuery: PathQuery;
  readonly activePath: ActivePath | null;
  /** Metrics of the visible graph, and which visible set they were computed for. */
  readonly metrics: { readonly values: GraphMetrics; readonly forVisible: VisibleSet } | null;
  readonly metricMapping: MetricMapping;
  /** Collapse parallel relations into one dyad edge coloured by net stance. */
  readonly dyads: boolean;
  /** Group actors into compound nodes by this attribute ("type", "community" or a user attribute); null: no groups. */
  readonly groupBy: string | null;
  readonly collapsedGroups: readonly string[];
  /** The actor or relation being edited (id null: a new one). */
  readonly editor: Editor | null;
  /** A saved viewport to restore once the view has placed a just-loaded workspace. */
  readonly pendingViewport: Viewport | null;
  /**
   * The graph data as last opened or saved. Graphs are immutable values (an edit makes a new one, undo
   * puts the old one back), so "unsaved edits" is `doc.graph !== savedGraph`: see state/unsaved.ts.
   */
  readonly savedGraph: GraphFile | null;
}

export const INITIAL_STATE: AppState = {
  doc: null,
  filters: DEFAULT_FILTERS,
  selection: null,
  focusDepth: 0,
  focusSeeds: [],
  layout: 'fcose',
  layoutRun: 0,
  query: '',
  matchCursor: 0,
  jumpRun: 0,
  problems: null,
  notice: null,
  busy: null,
  dialog: null,
  pendingImport: null,
  pendingViewport: null,
  editor: null,
  panel: 'details',
  pathQuery: { from: null, to: null, maxLength: 4 },
  activePath: null,
  metrics: null,
  metricMapping: { size: null, color: 'type' },
  dyads: false,
  groupBy: null,
  collapsedGroups: [],
  hiddenIds: [],
  pinnedIds: [],
  history: EMPTY_HISTORY,
  pendingPositions: null,
  savedGraph: null,
};
