import cytoscape from 'cytoscape';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GraphFileSchema, type GraphFile } from '../../core/model/schema';
import { fixtureGraph } from '../../core/testing/fixtureGraph';
import { GraphView } from './graphView';

/** Node has no DOM: the view's cytoscape runs headless, and ResizeObserver does nothing. */
beforeAll(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe(): void {}
      disconnect(): void {}
    },
  );
});
afterAll(() => vi.unstubAllGlobals());

const graph = GraphFileSchema.parse(fixtureGraph());
const relabelled = (g: GraphFile, prefix: string): GraphFile => ({ ...g, nodes: g.nodes.map((n) => ({ ...n, label: `${prefix} ${n.label}` })) });
const newView = () => new GraphView({} as HTMLElement, () => undefined, () => undefined, { headless: true });

describe('opening graphs one after another', () => {
  it('a cytoscape core remembers the label of every element it ever styled (why the view does not reuse one)', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: [{ selector: 'node', style: { label: 'data(label)' } }] });
    const cacheSize = () => Object.keys((cy.style() as unknown as { propCache: object }).propCache).length;
    const open = (g: GraphFile) => {
      cy.elements().remove();
      cy.add(g.nodes.map((n) => ({ data: { id: n.id, label: n.label } })));
      cy.nodes().forEach((n) => void n.style('label'));
    };
    open(graph);
    const afterFirst = cacheSize();
    open(relabelled(graph, 'second'));
    expect(cacheSize()).toBe(afterFirst + graph.nodes.length);
    cy.destroy();
  });

  it('a new file gets a new core and the old one is destroyed with its elements and caches', () => {
    const view = newView();
    view.load(graph);
    const first = view.core();
    expect(first.nodes().length).toBe(graph.nodes.length);
    view.load(relabelled(graph, 'second'));
    const second = view.core();
    expect(second).not.toBe(first);
    expect(first.destroyed()).toBe(true);
    expect(second.nodes().map((n) => n.data('label') as string)).toEqual(graph.nodes.map((n) => `second ${n.label}`));
    expect(second.edges().length).toBe(graph.edges.length);
    view.destroy();
    expect(second.destroyed()).toBe(true);
  });

  it('an edit of the open graph keeps its core and the places of what stays', () => {
    const view = newView();
    view.load(graph);
    const core = view.core();
    const placeOfA = { ...core.getElementById('a').position() };
    view.sync({ ...graph, nodes: graph.nodes.filter((n) => n.id !== 'f'), edges: graph.edges.filter((e) => e.source !== 'f' && e.target !== 'f') });
    expect(view.core()).toBe(core);
    expect(core.getElementById('f').empty()).toBe(true);
    expect(core.getElementById('a').position()).toEqual(placeOfA);
    view.destroy();
  });

  it('the first apply on a loaded graph hides, pins, marks and selects exactly what the store says', () => {
    const view = newView();
    view.load(graph);
    const everyEdge = new Set(graph.edges.map((e) => e.id));
    const allButF = new Set(graph.nodes.map((n) => n.id).filter((id) => id !== 'f'));
    view.apply({ visible: { nodes: allButF, edges: everyEdge }, selection: { kind: 'node', id: 'b' }, matches: new Set(['c']), pinned: new Set(['a']) });
    const core = view.core();
    const ids = (selector: string) => core.$(selector).map((el) => el.id()).sort();
    expect([ids('.hidden'), ids('.pinned'), ids(':locked'), ids('.match'), ids('.selected'), ids('.incident')]).toEqual([['f'], ['a'], ['a'], ['c'], ['b'], ['ab', 'bc']]);
    // Everything visible on a fresh load: nothing hidden.
    view.load(graph);
    view.apply({ visible: { nodes: new Set(graph.nodes.map((n) => n.id)), edges: everyEdge }, selection: null, matches: new Set(), pinned: new Set() });
    expect(view.core().$('.hidden, .pinned, .match, .selected, .incident').length).toBe(0);
    view.destroy();
  });
});
