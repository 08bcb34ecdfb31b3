import type { Core } from 'cytoscape';
import type { Stance } from '../../core/model/vocabulary';

/**
 * The analysis overlays drawn on the cytoscape core: metric mapping, a highlighted path, dyads and
 * groups. Each draws from scratch in one batch; GraphView decides when one must run at all.
 */

/** One edge per pair of actors when relations are collapsed into dyads. */
export interface DyadEdge {
  readonly id: string;
  readonly a: string;
  readonly b: string;
  readonly stance: Stance;
  readonly count: number;
  readonly label: string;
  readonly reciprocal: boolean;
}

export type NodeData = ReadonlyMap<string, { readonly msize?: number; readonly mcolor?: string }>;

export interface PathHighlight {
  readonly nodeIds: readonly string[];
  readonly edgeIds: readonly string[];
}

export const groupNodeId = (group: string) => `group:${group}`;
const dyadPairKey = (x: string, y: string) => JSON.stringify(x <= y ? [x, y] : [y, x]);

export function drawNodeData(cy: Core, values: NodeData | null): void {
  cy.batch(() => {
    cy.nodes().not('.group').forEach((node) => {
      const v = values?.get(node.id());
      if (v?.msize !== undefined) node.data('msize', v.msize);
      else node.removeData('msize');
      if (v?.mcolor !== undefined) node.data('mcolor', v.mcolor);
      else node.removeData('mcolor');
    });
  });
}

export function drawPath(cy: Core, path: PathHighlight | null): void {
  cy.batch(() => {
    cy.elements().removeClass('on-path off-path');
    if (!path) return;
    const on = new Set([...path.nodeIds, ...path.edgeIds]);
    const pairs = new Set(path.nodeIds.slice(1).map((to, i) => dyadPairKey(path.nodeIds[i]!, to)));
    cy.elements().forEach((el) => {
      const dyadOnPath = el.hasClass('dyad') && pairs.has(dyadPairKey(el.data('source') as string, el.data('target') as string));
      el.addClass(on.has(el.id()) || dyadOnPath ? 'on-path' : 'off-path');
    });
  });
}

export function drawDyads(cy: Core, dyads: readonly DyadEdge[] | null): void {
  cy.batch(() => {
    cy.edges('.dyad').remove();
    cy.edges().toggleClass('collapsed-away', dyads !== null);
    if (!dyads) return;
    cy.add(
      dyads.map((d) => ({
        group: 'edges' as const,
        classes: d.reciprocal ? 'dyad reciprocal' : 'dyad',
        data: { id: d.id, source: d.a, target: d.b, stance: d.stance, count: d.count, label: d.label, confidence: 1, directed: false },
      })),
    );
  });
}

/**
 * Groups as compound nodes: each actor goes into its group's parent; a collapsed group shows as
 * one node, its relations to the outside drawn as one edge per outside actor with a count.
 */
export function drawGroups(cy: Core, groupOf: ReadonlyMap<string, string> | null, collapsed: ReadonlySet<string>): void {
  cy.batch(() => {
    cy.edges('.meta').remove();
    cy.elements().removeClass('in-collapsed');
    cy.nodes().not('.group').forEach((node) => {
      if (node.parent().nonempty()) node.move({ parent: null });
    });
    cy.nodes('.group').remove();
    if (!groupOf) return;
    const groups = new Set(groupOf.values());
    cy.add([...groups].map((g) => ({ group: 'nodes' as const, classes: collapsed.has(g) ? 'group collapsed' : 'group', data: { id: groupNodeId(g), label: g } })));
    for (const [nodeId, g] of groupOf) {
      const node = cy.getElementById(nodeId);
      if (node.nonempty()) node.move({ parent: groupNodeId(g) });
    }
    if (collapsed.size === 0) return;
    const endpoint = (id: string) => {
      const g = groupOf.get(id);
      return g !== undefined && collapsed.has(g) ? groupNodeId(g) : id;
    };
    const meta = new Map<string, { source: string; target: string; count: number }>();
    cy.edges().not('.dyad').forEach((edge) => {
      const source = endpoint(edge.data('source') as string);
      const target = endpoint(edge.data('target') as string);
      if (source === edge.data('source') && target === edge.data('target')) return;
      edge.addClass('in-collapsed');
      if (source === target || edge.hasClass('hidden')) return;
      const key = dyadPairKey(source, target);
      const entry = meta.get(key) ?? { source, target, count: 0 };
      entry.count++;
      meta.set(key, entry);
    });
    cy.nodes().not('.group').forEach((node) => {
      const g = groupOf.get(node.id());
      if (g !== undefined && collapsed.has(g)) node.addClass('in-collapsed');
    });
    cy.add(
      [...meta.values()].map((m, i) => ({
        group: 'edges' as const,
        classes: 'meta',
        data: { id: `meta:${i}`, source: m.source, target: m.target, count: m.count, label: `${m.count} relation${m.count === 1 ? '' : 's'}`, confidence: 1, directed: false, stance: 'neutral' },
      })),
    );
  });
}
