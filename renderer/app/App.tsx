import { useEffect } from 'react';
import { GraphCanvas } from '../graph/GraphCanvas';
import { ArticlePanel } from '../panels/ArticlePanel';
import { DetailsPanel } from '../panels/DetailsPanel';
import { Dialogs } from '../panels/Dialogs';
import { EmptyResult } from '../panels/EmptyResult';
import { FilterPanel } from '../panels/FilterPanel';
import { Legend } from '../panels/Legend';
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

export function App() {
  useShortcuts();
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
          <Legend />
        </div>
        <div className="center-column">
          <GraphCanvas />
          <EmptyResult />
        </div>
        <div className="right-column">
          <DetailsPanel />
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
