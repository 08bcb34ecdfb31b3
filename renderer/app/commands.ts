import type { MenuCommand } from '../../core/host/contract';
import { assertNever } from '../../core/util/result';
import { getGraphView } from '../graph/viewRegistry';
import { dispatch } from '../state/store';
import { exportJson, exportPng } from './exportGraph';
import { openGraphFile } from './loadGraph';
import { applyLayout } from './viewCommands';
import type { LayoutName } from '../state/appState';
import { confirmReplacingEdits } from './unsavedChanges';
import { openWorkspace, saveWorkspace } from './workspaceFile';

export const SEARCH_INPUT_ID = 'search-input';

/** One place that runs a command, whether it came from the native menu, a shortcut or a button. */
export function runCommand(command: MenuCommand): void {
  switch (command) {
    case 'open':
      void openGraphFile();
      return;
    case 'export-json':
      void exportJson();
      return;
    case 'export-png':
      void exportPng();
      return;
    case 'fit':
      getGraphView()?.fit();
      return;
    case 'zoom-in':
      getGraphView()?.zoomBy(1.25);
      return;
    case 'zoom-out':
      getGraphView()?.zoomBy(0.8);
      return;
    case 'layout-fcose':
    case 'layout-concentric':
    case 'layout-breadthfirst':
    case 'layout-grid':
    case 'layout-circle':
      applyLayout(command.slice('layout-'.length) as LayoutName);
      return;
    case 'about':
      dispatch({ type: 'dialog', dialog: 'about' });
      return;
    case 'shortcuts':
      dispatch({ type: 'dialog', dialog: 'shortcuts' });
      return;
    case 'export':
      dispatch({ type: 'dialog', dialog: 'export' });
      return;
    case 'import-csv':
      // The imported lists replace the graph: ask about unsaved edits before the dialog opens.
      void confirmReplacingEdits().then((replace) => {
        if (replace) dispatch({ type: 'dialog', dialog: 'import-csv' });
      });
      return;
    case 'extract-article':
      dispatch({ type: 'dialog', dialog: 'extract' });
      return;
    case 'save-workspace':
      void saveWorkspace();
      return;
    case 'open-workspace':
      void openWorkspace();
      return;
    case 'find':
      document.getElementById(SEARCH_INPUT_ID)?.focus();
      return;
    default:
      assertNever(command);
  }
}
