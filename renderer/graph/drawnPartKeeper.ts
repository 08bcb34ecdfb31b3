import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { VisibleSet } from '../../core/filter/filters';
import type { GraphFile, Position } from '../../core/model/schema';
import type { LayoutName } from '../state/appState';
import { toElements } from './elements';
import { drawsAutomatically } from './largeGraph';
import { currentDrawLimit, type DrawLimit } from './drawLimit';
import { setCanvasScope, type CanvasScope } from './canvasScopeStore';
import { covers, missingFrom, partToDraw, placeNewcomers, type DrawnPart } from './drawnPart';
import type { DyadEdge } from './overlays';

/** What the keeper asks of the view that owns the core. */
export interface DrawnPartHost {
  /** The cytoscape core showing the graph now. */
  core(): Core;
  /** Destroys the core for a new one holding `elements`; `nothingDrawn`: a headless one (see GraphView.createCore). */
  replaceCore(elements: ElementDefinition[], nothingDrawn: boolean): void;
  /** Elements were added to the core: every class is brought in line again by the next `apply`. */
  classesStale(): void;
  /** Draws the overlays last asked for again, on what the core holds now. */
  redrawOverlays(): void;
}

/** How a newly drawn part is framed once `apply` has brought its classes in line. */
export type Framing = 'fit' | { layout: LayoutName };

/**
 * What the view's core holds of the open graph: every element, or, for a graph above the drawing
 * limit, the part the filters and focus leave visible (drawn when it is within the limit or when
 * the analyst asks), with where each actor last stood so a part drawn again opens where it was.
 */
export class DrawnPartKeeper {
  /** The open graph; a big one is drawn a part at a time (see drawsAutomatically). */
  private graph: GraphFile | null = null;
  /** What the core holds: every element, or (big graphs) the actors and relations of a drawn part. */
  private drawn: DrawnPart | 'all' = 'all';
  /** Where each actor last stood (file, layout, drag), so a part drawn again opens where it was. */
  private known = new Map<string, Position>();
  private scopeNow: CanvasScope = { kind: 'all' };
  /**
   * After `apply` has brought the classes of a newly drawn part in line (pinned actors locked, the
   * rest hidden): fit the view to it, or lay it out when most of its actors had no place.
   */
  private afterApply: Framing | null = null;

  /** `headless`: no canvas scope is reported (unit tests); `drawLimit`: instead of the preference (tests). */
  constructor(
    private readonly host: DrawnPartHost,
    private readonly options: { readonly headless?: boolean; readonly drawLimit?: DrawLimit } = {},
  ) {}

  /**
   * A newly opened graph gets a new core: with every element, or, above the automatic drawing
   * limit, empty: `follow` then draws the visible part once it is small enough, or everything when
   * asked (`drawVisible`).
   */
  open(graph: GraphFile): void {
    this.graph = graph;
    this.known = new Map();
    for (const node of graph.nodes) if (node.position) this.known.set(node.id, { x: node.position.x, y: node.position.y });
    const all = drawsAutomatically(graph.nodes.length, graph.edges.length, this.drawLimit());
    this.host.replaceCore(all ? toElements(graph) : [], !all);
    this.drawn = all ? 'all' : { nodes: new Set(), edges: new Set() };
    this.afterApply = null;
    if (all) this.reportScope({ kind: 'all' });
  }

  /** Does the core hold every element of the graph (one within the limit)? */
  drawsAll(): boolean {
    return this.drawn === 'all';
  }

  /** Is the element with this id on the core? */
  holds(id: string): boolean {
    const drawn = this.drawn;
    return drawn === 'all' || drawn.nodes.has(id) || drawn.edges.has(id);
  }

  /** The open graph was edited: the places of actors it no longer has are forgotten. */
  edited(graph: GraphFile): void {
    const previous = this.graph;
    this.graph = graph;
    if (this.drawn !== 'all' && previous !== graph) this.forgetRemoved(graph);
  }

  private drawLimit(): DrawLimit {
    return this.options.drawLimit ?? currentDrawLimit();
  }

  /** What the canvas draws now (for the notice over it and for tests). */
  scope(): CanvasScope {
    return this.scopeNow;
  }

  private reportScope(next: CanvasScope): void {
    this.scopeNow = next;
    if (!this.options.headless) setCanvasScope(next);
  }

  /**
   * Draws the visible part of a big graph even though it is above the automatic limit: the
   * analyst asked and was told it holds the window for seconds. False when there is no such part.
   */
  drawVisible(visible: VisibleSet, layout: LayoutName | undefined): boolean {
    if (!this.graph || this.drawn === 'all') return false;
    this.drawPart(visible, layout);
    return true;
  }

  /**
   * A big graph's canvas follows the visible set: a part already drawn only changes classes; a
   * visible set with elements not drawn is drawn anew when it is within the limit, and otherwise
   * leaves the canvas empty with a notice (the "waiting" scope) until the analyst asks.
   */
  follow(visible: VisibleSet, layout: LayoutName | undefined): void {
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
    const cy = this.host.core();
    cy.batch(() => {
      cy.add(elements.filter((el) => el.group === 'nodes'));
      cy.add(elements.filter((el) => el.group === 'edges'));
    });
    this.drawn = { nodes: new Set([...drawn.nodes, ...nodes.map((n) => n.id)]), edges: new Set([...drawn.edges, ...edges.map((e) => e.id)]) };
    // Every class is brought in line again (the new elements have none); the part is small.
    this.host.classesStale();
    this.reportScope({ kind: 'part', actors: visible.nodes.size, relations: visible.edges.size });
    this.host.redrawOverlays();
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
    this.host.redrawOverlays();
    // Most of the part has never been placed (a graph without saved places): lay it out as a whole.
    this.afterApply = unplaced * 2 > part.nodes.length ? { layout: layout ?? 'fcose' } : 'fit';
  }

  private replaceCore(drawn: DrawnPart, elements: ElementDefinition[], nothingDrawn = false): void {
    this.remember();
    this.host.replaceCore(elements, nothingDrawn);
    this.drawn = drawn;
    this.afterApply = null;
  }

  /** How to frame the part drawn since the last `apply`, once; null when nothing new was drawn. */
  takeFraming(): Framing | null {
    const after = this.afterApply;
    this.afterApply = null;
    return after;
  }

  /** Keeps where the drawn actors stand, for the next part drawn and for positions(). */
  private remember(): void {
    this.host.core().nodes().not('.group').forEach((node) => {
      const p = (node as NodeSingular).position();
      this.known.set(node.id(), { x: p.x, y: p.y });
    });
  }

  /** Where a big graph's actors last stood, drawn now or not (or where the file put them); none when all is drawn. */
  placesKept(): ReadonlyMap<string, Position> {
    return this.drawn === 'all' ? new Map() : this.known;
  }

  /** Places set from outside (undo, a saved file): a big graph's actors not drawn now take them when drawn again. */
  keepPlaces(positions: ReadonlyMap<string, Position>): void {
    if (this.drawn !== 'all') for (const [id, position] of positions) this.known.set(id, { x: position.x, y: position.y });
  }

  /** The dyads whose two actors are drawn. */
  drawnDyads(dyads: readonly DyadEdge[]): readonly DyadEdge[] {
    // A big graph's drawn part may not hold both ends of every pair (a dyad list of the moment before).
    const drawn = this.drawn;
    return drawn === 'all' ? dyads : dyads.filter((d) => drawn.nodes.has(d.a) && drawn.nodes.has(d.b));
  }

  /** Drops the remembered places of actors an edit removed. */
  private forgetRemoved(graph: GraphFile): void {
    const ids = new Set(graph.nodes.map((n) => n.id));
    for (const id of this.known.keys()) if (!ids.has(id)) this.known.delete(id);
  }
}
