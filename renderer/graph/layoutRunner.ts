import type { Core } from 'cytoscape';
import type cytoscape from 'cytoscape';
import type { LayoutName } from '../state/appState';
import { startBackgroundLayout, type BackgroundLayout } from '../layout/backgroundLayout';
import { setRunningLayout, updateLayoutProgress } from '../layout/layoutProgressStore';
import { usesBackgroundLayout } from './largeGraph';
import { layoutOptions } from './layouts';

/**
 * Runs a layout on a core's visible elements: cytoscape's own on the page's thread, or, for fCoSE on
 * a graph too big for it, ForceAtlas2 in its worker (progress and Cancel in the status bar). A newer
 * layout, a new core or the analyst cancels the running one.
 */
export class LayoutRunner {
  /** The force layout running in its worker, if any. */
  private background: BackgroundLayout | null = null;

  /** `fit`: frames the result once the layout is done. */
  constructor(private readonly fit: () => void) {}

  run(cy: Core, name: LayoutName, animate: boolean): Promise<void> {
    this.cancel();
    const eles = cy.elements().not('.hidden');
    if (eles.empty()) return Promise.resolve();
    if (name === 'fcose' && usesBackgroundLayout(eles.nodes().length, eles.edges().length)) return this.runInBackground(cy, eles);
    const layout = eles.layout(layoutOptions(name, animate));
    const done = layout.promiseOn('layoutstop').then(() => undefined);
    layout.run();
    return done.then(() => {
      cy.resize();
      this.fit();
    });
  }

  /**
   * fCoSE blocks the page for seconds on big graphs; ForceAtlas2 runs in a worker instead, from
   * where the actors are now. Pinned actors stay put.
   */
  private async runInBackground(cy: Core, eles: cytoscape.CollectionReturnValue): Promise<void> {
    const nodes = eles.nodes().not('.group');
    const ids = nodes.map((n) => n.id());
    const start = new Map(nodes.map((n) => [n.id(), { ...(n as cytoscape.NodeSingular).position() }] as const));
    const ends = eles
      .edges()
      .not('.dyad, .meta')
      .map((e) => [e.data('source') as string, e.data('target') as string] as const);
    const run = startBackgroundLayout(ids, ends, start, (p) => updateLayoutProgress(p.done, p.total));
    this.background = run;
    setRunningLayout({ actors: ids.length, done: 0, total: 0, cancel: () => this.cancel() });
    try {
      const positions = await run.result;
      if (!positions || this.background !== run) return;
      cy.batch(() => {
        for (const [id, p] of positions) {
          const node = cy.getElementById(id);
          if (node.nonempty() && !node.locked()) node.position(p);
        }
      });
      cy.resize();
      this.fit();
    } finally {
      if (this.background === run) {
        this.background = null;
        setRunningLayout(null);
      }
    }
  }

  /** Stops a background layout; the actors stay where they are. */
  cancel(): void {
    const run = this.background;
    if (!run) return;
    this.background = null;
    setRunningLayout(null);
    run.cancel();
  }
}
