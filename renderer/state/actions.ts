import type { FilterState } from '../../core/filter/filters';
import type { AppState, Dialog, FocusDepth, LayoutName, LoadedGraph, PendingImport, Problems, Selection } from './appState';

export type Action =
  | { readonly type: 'graph-loaded'; readonly doc: LoadedGraph }
  | {
      readonly type: 'workspace-loaded';
      readonly doc: LoadedGraph;
      readonly session: Pick<AppState, 'filters' | 'selection' | 'focusDepth' | 'focusSeeds' | 'layout' | 'pendingViewport'>;
    }
  | { readonly type: 'viewport-restored' }
  | { readonly type: 'busy'; readonly message: string | null }
  | { readonly type: 'problems'; readonly problems: Problems | null }
  | { readonly type: 'notice'; readonly message: string | null }
  | { readonly type: 'filters-changed'; readonly patch: Partial<FilterState> }
  | { readonly type: 'filters-reset' }
  | { readonly type: 'select'; readonly selection: Selection }
  | { readonly type: 'focus'; readonly depth: FocusDepth }
  | { readonly type: 'layout'; readonly layout: LayoutName }
  | { readonly type: 'query'; readonly query: string }
  | { readonly type: 'step-match'; readonly delta: 1 | -1; readonly total: number }
  | { readonly type: 'dialog'; readonly dialog: Dialog }
  | { readonly type: 'pending-import'; readonly pending: PendingImport | null }
  | { readonly type: 'escape' };

export type { AppState };
