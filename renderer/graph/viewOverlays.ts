import type { Core } from 'cytoscape';
import { drawDyads, drawGroups, drawNodeData, drawPath, type DyadEdge, type NodeData, type PathHighlight } from './overlays';

/** The overlays last asked for, drawn again on a newly drawn part of a big graph. */
interface OverlayValues {
  nodeData: NodeData | null;
  path: PathHighlight | null;
  dyads: readonly DyadEdge[] | null;
  groups: { groupOf: ReadonlyMap<string, string>; collapsed: ReadonlySet<string> } | null;
}

const noneOn = () => ({ nodeData: false, path: false, dyads: false, groups: false });
const noneAskedFor = (): OverlayValues => ({ nodeData: null, path: null, dyads: null, groups: null });

/**
 * The overlays of the view's core (see overlays.ts): what was last asked for, and which are drawn
 * on the core now, so that a setter only walks the elements when there is something to draw or clear.
 */
export class ViewOverlays {
  /**
   * Which overlays are on. Their setters run after every filter change; when an overlay is off and
   * was off, they return at once instead of walking every element (a hot path at 50k relations).
   */
  private on = noneOn();
  private values = noneAskedFor();

  constructor(
    private readonly core: () => Core,
    /** The dyads whose two actors are on the core (a big graph's drawn part may not hold both). */
    private readonly drawnDyads: (dyads: readonly DyadEdge[]) => readonly DyadEdge[],
  ) {}

  /** A new core: fresh elements carry no overlay. */
  coreReplaced(): void {
    this.on = noneOn();
  }

  /** A new graph: no overlay asked for yet. */
  forget(): void {
    this.values = noneAskedFor();
  }

  /** Draws the overlays last asked for again, on what the core holds now. */
  redraw(): void {
    const { nodeData, path, dyads, groups } = this.values;
    this.setNodeData(nodeData);
    this.setDyads(dyads);
    if (groups) this.setGroups(groups.groupOf, groups.collapsed);
    this.setPath(path);
  }

  /** Metric mapping: a size in 0..1 and/or a colour per node; null clears it (type colours, same size). */
  setNodeData(values: NodeData | null): void {
    this.values.nodeData = values;
    if (!values && !this.on.nodeData) return;
    this.on.nodeData = values !== null;
    drawNodeData(this.core(), values);
  }

  /** Highlights a path: its actors and relations stand out, everything else fades. */
  setPath(path: PathHighlight | null): void {
    this.values.path = path;
    if (!path && !this.on.path) return;
    this.on.path = path !== null;
    drawPath(this.core(), path);
  }

  /** Parallel relations collapsed into one edge per pair (null: each relation drawn on its own). */
  setDyads(dyads: readonly DyadEdge[] | null): void {
    this.values.dyads = dyads;
    if (!dyads && !this.on.dyads) return;
    this.on.dyads = dyads !== null;
    drawDyads(this.core(), dyads && this.drawnDyads(dyads));
  }

  /** Groups as compound nodes, collapsible (see drawGroups). */
  setGroups(groupOf: ReadonlyMap<string, string> | null, collapsed: ReadonlySet<string>): void {
    this.values.groups = groupOf ? { groupOf, collapsed } : null;
    if (!groupOf && !this.on.groups) return;
    this.on.groups = groupOf !== null;
    drawGroups(this.core(), groupOf, collapsed);
  }
}
