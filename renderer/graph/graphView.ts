import type { Core, ElementDefinition } from 'cytoscape';
import type { GraphFile, Position } from '../../core/model/schema';
import type { LayoutName, Selection } from '../state/appState';
import { hasSavedPositions, toElements } from './elements';
import { buildStylesheet } from './stylesheet';
import type { CanvasColors } from './palette';
import type { SvgScene } from '../../core/formats/svg/writeSvg';
import type { DyadEdge, NodeData, PathHighlight } from './overlays';
import { sceneOf } from './svgScene';
import type { Viewport } from '../../core/workspace/workspace';
import { isLargeGraph } from './largeGraph';
import { LayoutRunner } from './layoutRunner';
import { newCore } from './newCore';
import type { DrawLimit } from './drawLimit';
import type { CanvasScope } from './canvasScopeStore';
import { DrawnPartKeeper } from './drawnPartKeeper';
import { ViewOverlays } from './viewOverlays';
import { ElementClasses, type ElementHighlights } from './elementClasses';


export interface ViewHighlights extends ElementHighlights {
  /** The layout a newly drawn part of a big graph gets when most of its actors have no place yet. */
  readonly layout?: LayoutName;
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
  /** Metric mapping, path, dyads and groups: drawn again on every new core of a big graph's part. */
  private readonly overlays = new ViewOverlays(() => this.cy, (dyads) => this.part.drawnDyads(dyads));
  /** Layouts, the force layout in its worker among them: cancelled by a newer layout, a new graph or the user. */
  private readonly layouts = new LayoutRunner(() => this.fit());
  /** What the core holds of the open graph: all of it, or the visible part of a big one. */
  private readonly part: DrawnPartKeeper;
  private large = false;
  private colors: CanvasColors | undefined;
  /** Hidden, pinned, matched, selected: what `apply` last brought in, so the next one touches only what changed. */
  private readonly classes = new ElementClasses();
  private lastHighlights: ViewHighlights | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly onSelect: (selection: Selection) => void,
    private readonly onMoved: (positionsBefore: ReadonlyMap<string, Position>) => void = () => undefined,
    /** No canvas, no style: for unit tests, which run in Node without a DOM. */
    /** `drawLimit`: instead of the preference (tests). */
    private readonly options: { readonly headless?: boolean; readonly drawLimit?: DrawLimit } = {},
  ) {
    this.cy = this.createCore([]);
    this.part = new DrawnPartKeeper(
      {
        core: () => this.cy,
        replaceCore: (elements, nothingDrawn) => this.replaceCore(elements, nothingDrawn),
        classesStale: () => this.classes.stale(),
        redrawOverlays: () => this.overlays.redraw(),
      },
      options,
    );
    // cytoscape only watches window resizes; panels and the first CSS layout resize the container too.
    this.resizeObserver = new ResizeObserver(() => this.cy.resize());
    this.resizeObserver.observe(container);
  }

  /**
   * A core holding `elements` where they stand, with the current style and the view's handlers.
   * `nothingDrawn`: the canvas of a big graph waiting to be drawn gets a headless core, which draws
   * nothing and costs no renderer (about 50 ms at the end of a 100k-relation open).
   */
  private createCore(elements: ElementDefinition[], nothingDrawn = false): Core {
    const headless = (this.options.headless ?? false) || nothingDrawn;
    return newCore({ container: headless ? null : this.container, elements, colors: this.colors, large: this.large, onSelect: this.onSelect, onMoved: this.onMoved });
  }

  /** A new core for the old one (see `cy`): the layout running on it stops; its elements carry no class, lock or overlay yet. */
  private replaceCore(elements: ElementDefinition[], nothingDrawn: boolean): void {
    this.cancelLayout();
    this.cy.destroy();
    this.cy = this.createCore(elements, nothingDrawn);
    this.overlays.coreReplaced();
    this.classes.coreReplaced();
  }

  /**
   * Replaces the graph: a new core with the new elements (see `cy`), nothing of the old one kept.
   * A graph above the automatic drawing limit starts with an empty core: `apply` then draws the
   * visible part once it is small enough, or everything when asked (`drawVisible`).
   */
  load(graph: GraphFile): { positioned: boolean } {
    // Level of detail for big graphs: simpler edges, no edge labels at rest, no edges while panning.
    this.large = isLargeGraph(graph.nodes.length, graph.edges.length);
    this.part.open(graph);
    this.overlays.forget();
    this.lastHighlights = null;
    return { positioned: hasSavedPositions(graph) };
  }

  /** The drawing limit changed (View options): a waiting canvas draws if its visible part is now within it. */
  drawLimitChanged(): void {
    const highlights = this.lastHighlights;
    if (this.part.drawsAll() || !highlights) return;
    this.part.follow(highlights.visible, highlights.layout);
    this.apply(highlights);
  }

  /** What the canvas draws now (for the notice over it and for tests). */
  scope(): CanvasScope {
    return this.part.scope();
  }

  /**
   * Draws the visible part of a big graph even though it is above the automatic limit: the
   * analyst asked and was told it holds the window for seconds.
   */
  drawVisible(): void {
    const highlights = this.lastHighlights;
    if (highlights && this.part.drawVisible(highlights.visible, highlights.layout)) this.apply(highlights);
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
    this.classes.stale();
    // A big graph's drawn part keeps its elements in step; what is not drawn is drawn by `apply` if it becomes visible.
    const wanted = new Map(toElements(graph).filter((el) => this.part.holds(String(el.data.id))).map((el) => [String(el.data.id), el]));
    this.part.edited(graph);
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
   * Brings the core in line with the store: a big graph's drawn part follows the visible set, then
   * the classes (see ElementClasses.apply); a newly drawn part is framed last, on its final classes.
   */
  apply(highlights: ViewHighlights): void {
    this.lastHighlights = highlights;
    if (this.classes.visibleChanged(highlights.visible)) this.part.follow(highlights.visible, highlights.layout);
    this.classes.apply(this.cy, highlights);
    const after = this.part.takeFraming();
    if (after === 'fit') this.fit();
    else if (after) void this.runLayout(after.layout, false);
  }

  runLayout(name: LayoutName, animate: boolean): Promise<void> {
    return this.layouts.run(this.cy, name, animate);
  }

  /** Stops a background layout; the actors stay where they are. */
  cancelLayout(): void {
    this.layouts.cancel();
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
    // A big graph's actors not drawn now keep where they last stood (or where the file put them).
    for (const [id, p] of this.part.placesKept()) out.set(id, { x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 });
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
    this.overlays.setNodeData(values);
  }

  /** Highlights a path: its actors and relations stand out, everything else fades. */
  setPath(path: PathHighlight | null): void {
    this.overlays.setPath(path);
  }

  /** Parallel relations collapsed into one edge per pair (null: each relation drawn on its own). */
  setDyads(dyads: readonly DyadEdge[] | null): void {
    this.overlays.setDyads(dyads);
  }

  /** Groups as compound nodes, collapsible (see drawGroups). */
  setGroups(groupOf: ReadonlyMap<string, string> | null, collapsed: ReadonlySet<string>): void {
    this.overlays.setGroups(groupOf, collapsed);
  }

  viewport(): Viewport {
    return { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
  }

  setViewport(viewport: Viewport): void {
    this.cy.viewport({ zoom: viewport.zoom, pan: viewport.pan });
  }

  /** Puts nodes where a saved file had them, without running a layout. */
  setPositions(positions: ReadonlyMap<string, Position>): void {
    this.part.keepPlaces(positions);
    this.cy.batch(() => {
      for (const [id, position] of positions) {
        const node = this.cy.getElementById(id);
        if (node.empty()) continue;
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
