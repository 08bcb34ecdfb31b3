import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { VisibleSet } from '../../core/filter/filters';
import type { GraphFile, Position } from '../../core/model/schema';
import type { LayoutName, Selection } from '../state/appState';
import { hasSavedPositions, toElements } from './elements';
import { buildStylesheet } from './stylesheet';
import type { CanvasColors } from './palette';
import type { SvgScene } from '../../core/formats/svg/writeSvg';
import { drawDyads, drawGroups, drawNodeData, drawPath, type DyadEdge, type NodeData, type PathHighlight } from './overlays';
import { sceneOf } from './svgScene';
import type { Viewport } from '../../core/workspace/workspace';
import { drawsAutomatically, isLargeGraph } from './largeGraph';
import { LayoutRunner } from './layoutRunner';
import { newCore } from './newCore';
import { currentDrawLimit, type DrawLimit } from './drawLimit';
import { setCanvasScope, type CanvasScope } from './canvasScopeStore';
import { covers, missingFrom, partToDraw, placeNewcomers, type DrawnPart } from './drawnPart';


export interface ViewHighlights {
  readonly pinned: ReadonlySet<string>;
  readonly visible: VisibleSet;
  readonly selection: Selection;
  readonly matches: ReadonlySet<string>;
  /** The layout a newly drawn part of a big graph gets when most of its actors have no place yet. */
  readonly layout?: LayoutName;
}

/** The overlays last asked for, drawn again on a newly drawn part of a big graph. */
interface OverlayValues {
  nodeData: NodeData | null;
  path: PathHighlight | null;
  dyads: readonly DyadEdge[] | null;
  groups: { groupOf: ReadonlyMap<string, string>; collapsed: ReadonlySet<string> } | null;
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
  /** Layouts, the force layout in its worker among them: cancelled by a newer layout, a new graph or the user. */
  private readonly layouts = new LayoutRunner(() => this.fit());
  private large = false;
  private colors: CanvasColors | undefined;
  /** What `apply` last brought in; null after elements were replaced or added, so all is re-applied. */
  private applied: { visible: VisibleSet; matches: ReadonlySet<string>; pinned: ReadonlySet<string>; selectedId: string | null } | null = null;
  /** The elements were just loaded and `apply` has not run on them yet: no class, no lock. */
  private fresh = false;
  /** The open graph; a big one is drawn a part at a time (see drawsAutomatically). */
  private graph: GraphFile | null = null;
  /** What the core holds: every element, or (big graphs) the actors and relations of a drawn part. */
  private drawn: DrawnPart | 'all' = 'all';
  /** Where each actor last stood (file, layout, drag), so a part drawn again opens where it was. */
  private known = new Map<string, Position>();
  private lastHighlights: ViewHighlights | null = null;
  private overlayValues: OverlayValues = { nodeData: null, path: null, dyads: null, groups: null };
  /**
   * After `apply` has brought the classes of a newly drawn part in line (pinned actors locked, the
   * rest hidden): fit the view to it, or lay it out when most of its actors had no place.
   */
  private afterApply: 'fit' | { layout: LayoutName } | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly onSelect: (selection: Selection) => void,
    private readonly onMoved: (positionsBefore: ReadonlyMap<string, Position>) => void = () => undefined,
    /** No canvas, no style: for unit tests, which run in Node without a DOM. */
    /** `drawLimit`: instead of the preference (tests). */
    private readonly options: { readonly headless?: boolean; readonly drawLimit?: DrawLimit } = {},
  ) {
    this.cy = this.createCore([]);
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

  /**
   * Replaces the graph: a new core with the new elements (see `cy`), nothing of the old one kept.
   * A graph above the automatic drawing limit starts with an empty core: `apply` then draws the
   * visible part once it is small enough, or everything when asked (`drawVisible`).
   */
  load(graph: GraphFile): { positioned: boolean } {
    this.cancelLayout();
    this.graph = graph;
    // Level of detail for big graphs: simpler edges, no edge labels at rest, no edges while panning.
    this.large = isLargeGraph(graph.nodes.length, graph.edges.length);
    this.known = new Map();
    for (const node of graph.nodes) if (node.position) this.known.set(node.id, { x: node.position.x, y: node.position.y });
    const all = drawsAutomatically(graph.nodes.length, graph.edges.length, this.drawLimit());
    this.cy.destroy();
    this.cy = all ? this.createCore(toElements(graph)) : this.createCore([], true);
    this.drawn = all ? 'all' : { nodes: new Set(), edges: new Set() };
    // Fresh elements carry no overlay and no class.
    this.overlays = { nodeData: false, path: false, dyads: false, groups: false };
    this.overlayValues = { nodeData: null, path: null, dyads: null, groups: null };
    this.applied = null;
    this.fresh = true;
    this.lastHighlights = null;
    this.afterApply = null;
    if (all) this.reportScope({ kind: 'all' });
    return { positioned: hasSavedPositions(graph) };
  }

  private drawLimit(): DrawLimit {
    return this.options.drawLimit ?? currentDrawLimit();
  }

  /** The drawing limit changed (View options): a waiting canvas draws if its visible part is now within it. */
  drawLimitChanged(): void {
    const highlights = this.lastHighlights;
    if (this.drawn === 'all' || !highlights) return;
    this.followVisible(highlights.visible, highlights.layout);
    this.apply(highlights);
  }

  /** What the canvas draws now (for the notice over it and for tests). */
  scope(): CanvasScope {
    return this.scopeNow;
  }

  private scopeNow: CanvasScope = { kind: 'all' };

  private reportScope(next: CanvasScope): void {
    this.scopeNow = next;
    if (!this.options.headless) setCanvasScope(next);
  }

  /**
   * Draws the visible part of a big graph even though it is above the automatic limit: the
   * analyst asked and was told it holds the window for seconds.
   */
  drawVisible(): void {
    const highlights = this.lastHighlights;
    if (!highlights || !this.graph || this.drawn === 'all') return;
    this.drawPart(highlights.visible, highlights.layout);
    this.apply(highlights);
  }

  /**
   * A big graph's canvas follows the visible set: a part already drawn only changes classes; a
   * visible set with elements not drawn is drawn anew when it is within the limit, and otherwise
   * leaves the canvas empty with a notice (the "waiting" scope) until the analyst asks.
   */
  private followVisible(visible: VisibleSet, layout: LayoutName | undefined): void {
    if (this.drawn === 'all') return;
    const counts = { actors: visible.nodes.size, relations: visible.edges.size };
    if (covers(this.drawn, visible)) {
      if (this.drawn.nodes.size > 0 || counts.actors === 0) this.reportScope({ kind: 'part', ...counts });
      return;
    }
    const limit = this.drawLimit();
    // A view that moves on (the next focus, a time step) while what is drawn plus what is new stays
    // within the limit grows the part: what stays keeps its place and the core is not rebuilt.
    const missing = this.drawn.nodes.size > 0 ? missingFrom(this.drawn, visible) : null;
    if (missing && drawsAutomatically(this.drawn.nodes.size + missing.nodes.size, this.drawn.edges.size + missing.edges.size, limit)) {
      this.addToPart(missing, visible, layout);
      return;
    }
    if (drawsAutomatically(counts.actors, counts.relations, limit)) {
      this.drawPart(visible, layout);
      return;
    }
    if (this.drawn.nodes.size > 0) this.replaceCore({ nodes: new Set(), edges: new Set() }, [], true);
    this.reportScope({ kind: 'waiting', ...counts });
  }

  /** Adds the visible actors and relations not drawn yet to the drawn part, newcomers beside their neighbours. */
  private addToPart(missing: DrawnPart, visible: VisibleSet, layout: LayoutName | undefined): void {
    const graph = this.graph;
    const drawn = this.drawn;
    if (!graph || drawn === 'all') return;
    this.remember();
    const nodes = graph.nodes.filter((n) => missing.nodes.has(n.id));
    const isDrawnOrNew = (id: string) => drawn.nodes.has(id) || missing.nodes.has(id);
    const edges = graph.edges.filter((e) => missing.edges.has(e.id) && isDrawnOrNew(e.source) && isDrawnOrNew(e.target));
    const visibleEdges = partToDraw(graph, visible).edges;
    const { positions, unplaced } = placeNewcomers({ nodes, edges: visibleEdges }, this.known);
    const elements = toElements({ ...graph, nodes: nodes.map((n) => ({ ...n, position: positions.get(n.id) ?? null })), edges });
    this.cy.batch(() => {
      this.cy.add(elements.filter((el) => el.group === 'nodes'));
      this.cy.add(elements.filter((el) => el.group === 'edges'));
    });
    this.drawn = { nodes: new Set([...drawn.nodes, ...nodes.map((n) => n.id)]), edges: new Set([...drawn.edges, ...edges.map((e) => e.id)]) };
    // Every class is brought in line again (the new elements have none); the part is small.
    this.applied = null;
    this.fresh = false;
    this.reportScope({ kind: 'part', actors: visible.nodes.size, relations: visible.edges.size });
    this.redrawOverlays();
    this.afterApply = unplaced * 2 > visible.nodes.size ? { layout: layout ?? 'fcose' } : 'fit';
  }

  /** A new core holding the visible part, where its actors last stood; a layout if most are new. */
  private drawPart(visible: VisibleSet, layout: LayoutName | undefined): void {
    const graph = this.graph;
    if (!graph) return;
    this.remember();
    const part = partToDraw(graph, visible);
    const { positions, unplaced } = placeNewcomers(part, this.known);
    const elements = toElements({ ...graph, nodes: part.nodes.map((n) => ({ ...n, position: positions.get(n.id) ?? null })), edges: part.edges });
    this.replaceCore({ nodes: new Set(part.nodes.map((n) => n.id)), edges: new Set(part.edges.map((e) => e.id)) }, elements);
    this.reportScope({ kind: 'part', actors: visible.nodes.size, relations: visible.edges.size });
    this.redrawOverlays();
    // Most of the part has never been placed (a graph without saved places): lay it out as a whole.
    this.afterApply = unplaced * 2 > part.nodes.length ? { layout: layout ?? 'fcose' } : 'fit';
  }

  private replaceCore(drawn: DrawnPart, elements: ElementDefinition[], nothingDrawn = false): void {
    this.cancelLayout();
    this.remember();
    this.cy.destroy();
    this.cy = this.createCore(elements, nothingDrawn);
    this.drawn = drawn;
    this.afterApply = null;
    this.overlays = { nodeData: false, path: false, dyads: false, groups: false };
    this.applied = null;
    this.fresh = true;
  }

  /** Keeps where the drawn actors stand, for the next part drawn and for positions(). */
  private remember(): void {
    this.cy.nodes().not('.group').forEach((node) => {
      const p = (node as NodeSingular).position();
      this.known.set(node.id(), { x: p.x, y: p.y });
    });
  }

  private redrawOverlays(): void {
    const { nodeData, path, dyads, groups } = this.overlayValues;
    this.setNodeData(nodeData);
    this.setDyads(dyads);
    if (groups) this.setGroups(groups.groupOf, groups.collapsed);
    this.setPath(path);
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
    const previous = this.graph;
    this.graph = graph;
    const drawn = this.drawn;
    // A big graph's drawn part keeps its elements in step; what is not drawn is drawn by `apply` if it becomes visible.
    const inPart = (el: ElementDefinition) => drawn === 'all' || drawn.nodes.has(String(el.data.id)) || drawn.edges.has(String(el.data.id));
    const wanted = new Map(toElements(graph).filter(inPart).map((el) => [String(el.data.id), el]));
    if (drawn !== 'all' && previous !== graph) this.forgetRemoved(graph);
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
  apply(highlights: ViewHighlights): void {
    const { visible, selection, matches, pinned } = highlights;
    this.lastHighlights = highlights;
    if (!this.applied || this.applied.visible !== visible) this.followVisible(visible, highlights.layout);
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
    const after = this.afterApply;
    this.afterApply = null;
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
    if (this.drawn !== 'all') for (const [id, p] of this.known) out.set(id, { x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 });
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
    this.overlayValues.nodeData = values;
    if (!values && !this.overlays.nodeData) return;
    this.overlays.nodeData = values !== null;
    drawNodeData(this.cy, values);
  }

  /** Highlights a path: its actors and relations stand out, everything else fades. */
  setPath(path: PathHighlight | null): void {
    this.overlayValues.path = path;
    if (!path && !this.overlays.path) return;
    this.overlays.path = path !== null;
    drawPath(this.cy, path);
  }

  /** Parallel relations collapsed into one edge per pair (null: each relation drawn on its own). */
  setDyads(dyads: readonly DyadEdge[] | null): void {
    this.overlayValues.dyads = dyads;
    if (!dyads && !this.overlays.dyads) return;
    this.overlays.dyads = dyads !== null;
    // A big graph's drawn part may not hold both ends of every pair (a dyad list of the moment before).
    const drawn = this.drawn;
    drawDyads(this.cy, dyads && drawn !== 'all' ? dyads.filter((d) => drawn.nodes.has(d.a) && drawn.nodes.has(d.b)) : dyads);
  }

  /** Groups as compound nodes, collapsible (see drawGroups). */
  setGroups(groupOf: ReadonlyMap<string, string> | null, collapsed: ReadonlySet<string>): void {
    this.overlayValues.groups = groupOf ? { groupOf, collapsed } : null;
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
    if (this.drawn !== 'all') for (const [id, position] of positions) this.known.set(id, { x: position.x, y: position.y });
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

  /** Drops the remembered places of actors an edit removed. */
  private forgetRemoved(graph: GraphFile): void {
    const ids = new Set(graph.nodes.map((n) => n.id));
    for (const id of this.known.keys()) if (!ids.has(id)) this.known.delete(id);
  }

  destroy(): void {
    this.cancelLayout();
    this.resizeObserver.disconnect();
    this.cy.destroy();
  }
}
