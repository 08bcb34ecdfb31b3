import type { GraphView } from './graphView';

/** The one live graph view, for commands that act on the viewport (fit, zoom, export PNG). */
let current: GraphView | null = null;

export function setGraphView(view: GraphView | null): void {
  current = view;
}

export function getGraphView(): GraphView | null {
  return current;
}
