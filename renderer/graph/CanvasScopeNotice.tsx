import { drawVisiblePart } from '../app/viewCommands';
import { drawLimitOf, useDrawLimitChoice } from './drawLimit';
import { useCanvasScope } from './canvasScopeStore';

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Over the canvas of a big graph: why nothing is drawn yet and how to draw (narrow the view, or
 * ask for all of it); once a part is drawn, a line saying the canvas shows the visible part.
 */
export function CanvasScopeNotice() {
  const scope = useCanvasScope();
  const limit = drawLimitOf(useDrawLimitChoice());
  if (scope.kind === 'all') return null;
  if (scope.kind === 'part') {
    return (
      <p className="canvas-scope" data-testid="canvas-scope">
        Big graph: the canvas draws the visible part ({count(scope.actors)} actors, {count(scope.relations)} relations).
      </p>
    );
  }
  return (
    <section className="canvas-waiting" aria-labelledby="canvas-waiting-title" data-testid="canvas-waiting">
      <h2 id="canvas-waiting-title">
        {count(scope.actors)} actors and {count(scope.relations)} relations are visible: not drawn yet
      </h2>
      <p>
        The canvas draws up to {count(limit.relations)} relations and {count(limit.actors)} actors on its own (View options). Filter, or select an
        actor and press 1, 2 or 3 to focus on it, and it draws what is left. Lists, search, details, paths, metrics and exports work
        without the drawing.
      </p>
      <p>
        <button type="button" onClick={() => void drawVisiblePart()}>
          Draw all {count(scope.relations)} relations (D)
        </button>{' '}
        <span className="canvas-waiting-cost">holds the window for several seconds</span>
      </p>
    </section>
  );
}
