import { useEffect } from 'react';
import { GraphCanvas } from '../graph/GraphCanvas';
import { ArticlePanel } from '../panels/ArticlePanel';
import { DetailsPanel } from '../panels/DetailsPanel';
import { Dialogs } from '../panels/Dialogs';
import { EmptyResult } from '../panels/EmptyResult';
import { FilterPanel } from '../panels/FilterPanel';
import { Legend } from '../panels/Legend';
import { ProblemsBanner } from '../panels/ProblemsBanner';
import { StatusBar } from '../panels/StatusBar';
import { Toolbar } from '../panels/Toolbar';
import { runCommand } from './commands';
import { loadBundledGraph } from './loadGraph';
import { useShortcuts } from './useShortcuts';

export function App() {
  useShortcuts();
  useEffect(() => {
    void loadBundledGraph();
    return window.kg.onMenuCommand(runCommand);
  }, []);
  return (
    <div className="app">
      <Toolbar />
      <ProblemsBanner />
      <main className="workspace">
        <div className="left-column">
          <FilterPanel />
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
    </div>
  );
}
