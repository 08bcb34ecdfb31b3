import { useEffect } from 'react';
import { GraphCanvas } from '../graph/GraphCanvas';
import { ArticlePanel } from '../panels/ArticlePanel';
import { SidePanelTabs } from '../analysis/SidePanelTabs';
import { Timeline } from '../analysis/Timeline';
import { Dialogs } from '../panels/Dialogs';
import { EmptyResult } from '../panels/EmptyResult';
import { FilterPanel } from '../panels/FilterPanel';
import { Legend } from '../panels/Legend';
import { ViewOptions } from '../panels/ViewOptions';
import { ListViewTabs } from '../panels/ListViewTabs';
import { ProblemsBanner } from '../panels/ProblemsBanner';
import { StatusBar } from '../panels/StatusBar';
import { Toolbar } from '../panels/Toolbar';
import { runCommand } from './commands';
import { importBytes, loadBundledGraph } from './loadGraph';
import { useFileDrop } from './useFileDrop';
import { ImportReportDialog } from '../panels/ImportReportDialog';
import { Editor } from '../edit/Editor';
import { useShortcuts } from './useShortcuts';
import { useUnsavedChanges } from './unsavedChanges';

export function App() {
  useShortcuts();
  useUnsavedChanges();
  const dragging = useFileDrop();
  useEffect(() => {
    void loadBundledGraph();
    const offMenu = window.kg.onMenuCommand(runCommand);
    const offOpen = window.kg.onOpenFile((file) => void importBytes(file.name, file.bytes));
    return () => {
      offMenu();
      offOpen();
    };
  }, []);
  return (
    <div className="app">
      <Toolbar />
      <ProblemsBanner />
      <main className="workspace">
        <div className="left-column">
          <ListViewTabs filters={<FilterPanel />} />
          <ViewOptions />
          <Legend />
        </div>
        <div className="center-column">
          <div className="canvas-area">
            <GraphCanvas />
            <EmptyResult />
          </div>
          <Timeline />
        </div>
        <div className="right-column">
          <SidePanelTabs />
          <ArticlePanel />
        </div>
      </main>
      <StatusBar />
      <Dialogs />
      <ImportReportDialog />
      <Editor />
      {dragging ? (
        <div className="drop-overlay" aria-hidden>
          Drop a graph file to open it
        </div>
      ) : null}
    </div>
  );
}
