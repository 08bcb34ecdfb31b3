import type { FilterState } from '../../core/filter/filters';
import type { GraphFile } from '../../core/model/schema';
import type { Position } from '../../core/model/schema';
import type { ActivePath, MetricMapping, PathQuery, SidePanel } from './appState';
import type { GraphMetrics } from '../../core/analysis/metrics';
import type { VisibleSet } from '../../core/filter/filters';
import type { AppState, Dialog, Editor, FocusDepth, LayoutName, LoadedGraph, PendingImport, Problems, Selection } from './appState';

export type Action =
  | { readonly type: 'graph-loaded'; readonly doc: LoadedGraph }
  | {
      readonly type: 'workspace-loaded';
      readonly doc: LoadedGraph;
      readonly session: Pick<AppState, 'filters' | 'selection' | 'focusDepth' | 'focusSeeds' | 'layout' | 'pendingViewport'>;
    }
  | { readonly type: 'viewport-restored' }
  | { readonly type: 'edit'; readonly editor: Editor | null }
  /** The graph after an edit (already validated); the view keeps its positions. */
  | { readonly type: 'graph-edited'; readonly doc: LoadedGraph; readonly selection: Selection; readonly positionsBefore?: ReadonlyMap<string, Position> }
  | { readonly type: 'busy'; readonly message: string | null }
  | { readonly type: 'problems'; readonly problems: Problems | null }
  | { readonly type: 'notice'; readonly message: string | null }
  | { readonly type: 'filters-changed'; readonly patch: Partial<FilterState> }
  | { readonly type: 'filters-reset' }
  | { readonly type: 'select'; readonly selection: Selection }
  | { readonly type: 'focus'; readonly depth: FocusDepth }
  | { readonly type: 'layout'; readonly layout: LayoutName; readonly positionsBefore?: ReadonlyMap<string, Position> }
  | { readonly type: 'hide'; readonly ids: readonly string[] }
  | { readonly type: 'show-hidden' }
  | { readonly type: 'pin'; readonly ids: readonly string[]; readonly pinned: boolean }
  | { readonly type: 'nodes-moved'; readonly positionsBefore: ReadonlyMap<string, Position> }
  | { readonly type: 'undo'; readonly positionsNow: ReadonlyMap<string, Position> | null }
  | { readonly type: 'redo'; readonly positionsNow: ReadonlyMap<string, Position> | null }
  | { readonly type: 'positions-applied' }
  | { readonly type: 'panel'; readonly panel: SidePanel }
  | { readonly type: 'path-query'; readonly patch: Partial<PathQuery> }
  | { readonly type: 'active-path'; readonly path: ActivePath | null }
  | { readonly type: 'metrics-computed'; readonly values: GraphMetrics; readonly forVisible: VisibleSet }
  | { readonly type: 'metric-mapping'; readonly patch: Partial<MetricMapping> }
  | { readonly type: 'dyads'; readonly on: boolean }
  | { readonly type: 'group-by'; readonly attribute: string | null }
  | { readonly type: 'toggle-group'; readonly group: string }
  | { readonly type: 'query'; readonly query: string }
  | { readonly type: 'step-match'; readonly delta: 1 | -1; readonly total: number }
  | { readonly type: 'dialog'; readonly dialog: Dialog }
  | { readonly type: 'pending-import'; readonly pending: PendingImport | null }
  | { readonly type: 'escape' }
  /** This graph was written in full (native JSON or a workspace): it is the new saved point. */
  | { readonly type: 'document-saved'; readonly graph: GraphFile };

export type { AppState };
