import type { FilterState } from '../../core/filter/filters';
import type { Position } from '../../core/model/schema';
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
  | { readonly type: 'query'; readonly query: string }
  | { readonly type: 'step-match'; readonly delta: 1 | -1; readonly total: number }
  | { readonly type: 'dialog'; readonly dialog: Dialog }
  | { readonly type: 'pending-import'; readonly pending: PendingImport | null }
  | { readonly type: 'escape' };

export type { AppState };
