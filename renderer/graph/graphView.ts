import cytoscape, { type Core, type ElementDefinition, type EventObject } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { VisibleSet } from '../../core/filter/filters';
import type { GraphFile, Position } from '../../core/model/schema';
import type { LayoutName, Selection } from '../state/appState';
import { hasSavedPositions, toElements } from './elements';
import { layoutOptions } from './layouts';
import { buildStylesheet } from './stylesheet';
import type { CanvasColors } from './palette';
import type { SvgScene } from '../../core/formats/svg/writeSvg';
import { drawDyads, drawGroups, drawNodeData, drawPath, type DyadEdge, type NodeData, type PathHighlight } from './overlays';
import { sceneOf } from './svgScene';
import type { Viewport } from '../../core/workspace/workspace';
import { startBackgroundLayout, type BackgroundLayout } from '../layout/backgroundLayout';
import { setRunningLayout, updateLayoutProgress } from '../layout/layoutProgressStore';
import { isLargeGraph, usesBackgroundLayout } from './largeGraph';

cytoscape.use(fcose);

export interface ViewHighlights {
  readonly pinned: ReadonlySet<string>;
  readonly visible: VisibleSet;
  readonly selection: Selection;
  readonly matches: ReadonlySet<string>;
}

/**
 * The cytoscape instance, outside React. Everything the store decides arrives here as classes in
 * one batch; the view reports taps back as selections.
 */
export class GraphView {
  /**
   * A fresh cytoscape core per opened graph. cytoscape caches per label string (the style's
   * parsed-property cache, the label texture lookup, the label measuring canvas) and never drops
   * an entry, so one core reused for every file grew by every label ever shown (issue 5: the heap
   * after ten opens). Destroying the core also spares removing the old elements one by one.
   */
  private cy: Core;
  private readonly resizeObserver: ResizeObserver;
  /**
   * Which overlays are on. Their setters run after every filter change; when an overlay is off and
   * was off, they return at once instead of walking every element (a hot path at 50k relations).
   */
  private overlays = { nodeData: false, path: false, dyads: false, groups: false };
  /** The force layout running in its worker, cancelled by a newer layout, a new graph or the user. */
  private background: BackgroundLayout | null = null;
  private large = false;
  private colors: CanvasColors | undefined;
  /** What `apply` last brought in; null after elements were replaced or added, so all is re-applied. */
  private applied: { visible: VisibleSet; matches: ReadonlySet<string>; pinned: ReadonlySet<string>; selectedId: string | null } | null = null;
  /** The elements were just loaded and `apply` has not run on them yet: no class, no lock. */
  private fresh = false;

  constructor(
    private readonly container: HTMLElement,
    private readonly onSelect: (selection: Selection) => void,
    private readonly onMoved: (positionsBefore: ReadonlyMap<string, Position>) => void = () => undefined,
    /** No canvas, no style: for unit tests, which run in Node without a DOM. */
    private readonly options: { readonly headless?: boolean } = {},
  ) {
    this.cy = this.createCore([]);
    // cytoscape only watches window resizes; panels and the first CSS layout resize the container too.
    this.resizeObserver = new ResizeObserver(() => this.cy.resize());
    this.resizeObserver.observe(container);
  }

  /** A core holding `elements` where they stand (preset), with the current style and the view's handlers. */
  private createCore(elements: ElementDefinition[]): Core {
    const cy = cytoscape({
      container: this.options.headless ? undefined : this.container,
      headless: this.options.headless ?? false,
      elements,
      layout: { name: 'preset', fit: false },
      style: buildStylesheet(this.colors, { large: this.large }),
      autounselectify: true,
      boxSelectionEnabled: false,
      wheelSensitivity: 0.3,
      minZoom: 0.05,
      maxZoom: 6,
      // Level of detail for big graphs: while the analyst pans or zooms, a cached texture and no
      // edges (the cytoscape.js performance advice); small graphs keep drawing everything live.
      hideEdgesOnViewport: this.large,
      textureOnViewport: this.large,
    });
    // A drag is one undoable step: remember where the grabbed nodes were, report when released.
    let grabbed = new Map<string, Position>();
    cy.on('grab', 'node', (event: EventObject) => {
      const node = event.target as cytoscape.NodeSingular;
      grabbed.set(node.id(), { ...node.position() });
    });
    cy.on('free', 'node', (event: EventObject) => {
      const node = event.target as cytoscape.NodeSingular;
      const before = grabbed.get(node.id());
      grabbed = new Map();
      if (before && (before.x !== node.position().x || before.y !== node.position().y)) this.onMoved(new Map([[node.id(), before]]));
    });
    cy.on('tap', (event: EventObject) => {
      const target = event.target as Core | cytoscape.SingularElementArgument;
      if (target === cy) this.onSelect(null);
      else {
        const el = target as cytoscape.SingularElementArgument;
        this.onSelect({ kind: el.isNode() ? 'node' : 'edge', id: el.id() });
      }
    });
    return cy;
  }

  /** Replaces the graph: a new core with the new elements (see `cy`), nothing of the old one kept. */
  load(graph: GraphFile): { positioned: boolean } {
    this.cancelLayout();
    // Level of detail for big graphs: simpler edges, no edge labels at rest, no edges while panning.
    this.large = isLargeGraph(graph.nodes.length, graph.edges.length);
    this.cy.destroy();
    this.cy = this.createCore(toElements(graph));
    // Fresh elements carry no overlay and no class.
    this.overlays = { nodeData: false, path: false, dyads: false, groups: false };
    this.applied = null;
    this.fresh = true;
    return { positioned: hasSavedPositions(graph) };
  }

  /** The cytoscape core showing the graph now (tests: a new file gets a new one). */
  core(): Core {
    return this.cy;
  }

  /**
   * Brings the elements in line with an edited graph without moving what stays: removed ones go,
   * changed ones get their new data, new actors appear beside their neighbours.
   */
  sync(graph: GraphFile): void {
    this.applied = null;
    this.fresh = false;
    const wanted = new Map(toElements(graph).map((el) => [String(el.data.id), el]));
    this.cy.batch(() => {
      this.cy.elements().forEach((el) => {
        if (!wanted.has(el.id())) el.remove();
      });
      const added: ElementDefinition[] = [];
      for (const [id, definition] of wanted) {
        const existing = this.cy.getElementById(id);
        if (existing.empty()) added.push(definition);
        else existing.data(definition.data);
      }
      const extent = this.cy.extent();
      const centre = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
      for (const definition of added) {
        if (definition.group !== 'nodes') continue;
        const neighbours = graph.edges
          .filter((e) => e.source === definition.data.id || e.target === definition.data.id)
          .map((e) => this.cy.getElementById(e.source === definition.data.id ? e.target : e.source))
          .filter((n) => n.nonempty());
        const anchor = neighbours[0]?.position() ?? centre;
        definition.position = { x: anchor.x + 60 + Math.random() * 20, y: anchor.y + 40 + Math.random() * 20 };
      }
      this.cy.add(added.filter((d) => d.group === 'nodes'));
      this.cy.add(added.filter((d) => d.group === 'edges'));
    });
  }

  /**
   * Brings classes in line with the store, touching only what changed since the last call: a
   * keystroke in search re-marks the old and new matches, a selection two elements, and only a
   * filter change walks every element (the hot paths at 100k relations).
   */
  apply({ visible, selection, matches, pinned }: ViewHighlights): void {
    const before = this.applied;
    // Elements just loaded carry no class and no lock: only what must change is touched (the
    // first apply of a 50k-relation graph would otherwise walk every element before it paints).
    const fresh = this.fresh;
    this.fresh = false;
    this.cy.batch(() => {
      if (fresh) {
        for (const id of pinned) this.cy.getElementById(id).lock().addClass('pinned');
      } else if (!before || before.pinned !== pinned) {
        this.cy.nodes().forEach((node) => {
          // Locked nodes stay where the analyst put them: layouts and drags leave them.
          const pin = pinned.has(node.id());
          if (pin !== node.locked()) {
            if (pin) node.lock();
            else node.unlock();
          }
          node.toggleClass('pinned', pin);
        });
      }
      const everythingVisible = fresh && visible.nodes.size === this.cy.nodes().length && visible.edges.size === this.cy.edges().length;
      if (!everythingVisible && (!before || before.visible !== visible)) {
        this.cy.elements().forEach((el) => {
          // Dyad, meta and group elements stand for visible ones; they are managed by their own setters.
          if (el.hasClass('dyad') || el.hasClass('meta') || el.hasClass('group')) return;
          const id = el.id();
          el.toggleClass('hidden', !(el.isNode() ? visible.nodes.has(id) : visible.edges.has(id)));
        });
      }
      if (!before || before.matches !== matches) {
        if (before) for (const id of before.matches) this.cy.getElementById(id).removeClass('match');
        else if (!fresh) this.cy.elements('.match').removeClass('match');
        for (const id of matches) this.cy.getElementById(id).addClass('match');
      }
      const selectedId = selection?.id ?? null;
      if (!before || before.selectedId !== selectedId) {
        if (!fresh) {
          this.cy.elements('.selected').removeClass('selected');
          this.cy.edges('.incident').removeClass('incident');
        }
        if (selectedId !== null) {
          const el = this.cy.getElementById(selectedId);
          el.addClass('selected');
          if (selection?.kind === 'node') el.connectedEdges().addClass('incident');
        }
      }
    });
    this.applied = { visible, matches, pinned, selectedId: selection?.id ?? null };
  }

  runLayout(name: LayoutName, animate: boolean): Promise<void> {
    this.cancelLayout();
    const eles = this.cy.elements().not('.hidden');
    if (eles.empty()) return Promise.resolve();
    if (name === 'fcose' && usesBackgroundLayout(eles.nodes().length, eles.edges().length)) return this.runBackgroundLayout(eles);
    const layout = eles.layout(layoutOptions(name, animate));
    const done = layout.promiseOn('layoutstop').then(() => undefined);
    layout.run();
    return done.then(() => {
      this.cy.resize();
      this.fit();
    });
  }

  /**
   * fCoSE blocks the page for seconds on big graphs; ForceAtlas2 runs in a worker instead, from
   * where the actors are now, with progress and Cancel in the status bar. Pinned actors stay put.
   */
  private async runBackgroundLayout(eles: cytoscape.CollectionReturnValue): Promise<void> {
    const nodes = eles.nodes().not('.group');
    const ids = nodes.map((n) => n.id());
    const start = new Map(nodes.map((n) => [n.id(), { ...(n as cytoscape.NodeSingular).position() }] as const));
    const ends = eles
      .edges()
      .not('.dyad, .meta')
      .map((e) => [e.data('source') as string, e.data('target') as string] as const);
    const run = startBackgroundLayout(ids, ends, start, (p) => updateLayoutProgress(p.done, p.total));
    this.background = run;
    setRunningLayout({ actors: ids.length, done: 0, total: 0, cancel: () => this.cancelLayout() });
    try {
      const positions = await run.result;
      if (!positions || this.background !== run) return;
      this.cy.batch(() => {
        for (const [id, p] of positions) {
          const node = this.cy.getElementById(id);
          if (node.nonempty() && !node.locked()) node.position(p);
        }
      });
      this.cy.resize();
      this.fit();
    } finally {
      if (this.background === run) {
        this.background = null;
        setRunningLayout(null);
      }
    }
  }

  /** Stops a background layout; the actors stay where they are. */
  cancelLayout(): void {
    const run = this.background;
    if (!run) return;
    this.background = null;
    setRunningLayout(null);
    run.cancel();
  }

  fit(): void {
    this.cy.fit(this.cy.elements().not('.hidden'), 40);
  }

  zoomBy(factor: number): void {
    const level = this.cy.zoom() * factor;
    this.cy.zoom({ level, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
  }

  reveal(id: string): void {
    const el = this.cy.getElementById(id);
    if (el.empty()) return;
    this.cy.animate({ center: { eles: el }, duration: 250 });
  }

  positions(): Map<string, Position> {
    const out = new Map<string, Position>();
    this.cy.nodes().forEach((n) => {
      const p = n.position();
      out.set(n.id(), { x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 });
    });
    return out;
  }

  /** The whole visible graph (not just the viewport) at `scale`×, on white or transparent. */
  async exportPng(scale: number, transparent = false): Promise<Uint8Array<ArrayBuffer>> {
    const options = { output: 'blob-promise' as const, full: true, scale, ...(transparent ? {} : { bg: '#ffffff' }) };
    const blob = await this.cy.png(options);
    return new Uint8Array(await blob.arrayBuffer());
  }

  /** What the canvas shows, as a scene for the SVG writer: visible elements, their look and places. */
  svgScene(title: string, transparent: boolean): SvgScene {
    return sceneOf(this.cy, title, transparent);
  }

  /** Metric mapping: a size in 0..1 and/or a colour per node; null clears it (type colours, same size). */
  setNodeData(values: NodeData | null): void {
    if (!values && !this.overlays.nodeData) return;
    this.overlays.nodeData = values !== null;
    drawNodeData(this.cy, values);
  }

  /** Highlights a path: its actors and relations stand out, everything else fades. */
  setPath(path: PathHighlight | null): void {
    if (!path && !this.overlays.path) return;
    this.overlays.path = path !== null;
    drawPath(this.cy, path);
  }

  /** Parallel relations collapsed into one edge per pair (null: each relation drawn on its own). */
  setDyads(dyads: readonly DyadEdge[] | null): void {
    if (!dyads && !this.overlays.dyads) return;
    this.overlays.dyads = dyads !== null;
    drawDyads(this.cy, dyads);
  }

  /** Groups as compound nodes, collapsible (see drawGroups). */
  setGroups(groupOf: ReadonlyMap<string, string> | null, collapsed: ReadonlySet<string>): void {
    if (!groupOf && !this.overlays.groups) return;
    this.overlays.groups = groupOf !== null;
    drawGroups(this.cy, groupOf, collapsed);
  }

  viewport(): Viewport {
    return { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
  }

  setViewport(viewport: Viewport): void {
    this.cy.viewport({ zoom: viewport.zoom, pan: viewport.pan });
  }

  /** Puts nodes where a saved file had them, without running a layout. */
  setPositions(positions: ReadonlyMap<string, Position>): void {
    this.cy.batch(() => {
      for (const [id, position] of positions) {
        const node = this.cy.getElementById(id);
        // A pinned node is locked against drags and layouts, not against undo.
        const locked = node.locked();
        if (locked) node.unlock();
        node.position({ x: position.x, y: position.y });
        if (locked) node.lock();
      }
    });
  }

  /** Light or dark labels, borders and highlights: the whole sheet again, still data-driven. */
  setCanvasColors(colors: CanvasColors): void {
    this.colors = colors;
    this.cy.style(buildStylesheet(colors, { large: this.large }));
  }

  destroy(): void {
    this.cancelLayout();
    this.resizeObserver.disconnect();
    this.cy.destroy();
  }
}
