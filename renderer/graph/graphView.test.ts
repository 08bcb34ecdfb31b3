import cytoscape from 'cytoscape';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GraphFileSchema, type GraphFile } from '../../core/model/schema';
import { fixtureGraph } from '../../core/testing/fixtureGraph';
import { GraphView } from './graphView';
import { generateGraph } from '../../bench/generate';
import { DEFAULT_DRAW_LIMIT, setDrawLimitChoice } from './drawLimit';

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

  it('the next apply moves the marks: what the store no longer says is cleared, what it says now is set', () => {
    const view = newView();
    view.load(graph);
    const everyEdge = new Set(graph.edges.map((e) => e.id));
    const allButF = new Set(graph.nodes.map((n) => n.id).filter((id) => id !== 'f'));
    view.apply({ visible: { nodes: allButF, edges: everyEdge }, selection: { kind: 'node', id: 'b' }, matches: new Set(['c']), pinned: new Set(['a']) });
    const allButA = new Set(graph.nodes.map((n) => n.id).filter((id) => id !== 'a'));
    view.apply({ visible: { nodes: allButA, edges: new Set(['bc', 'cd']) }, selection: { kind: 'edge', id: 'cd' }, matches: new Set(['d', 'e']), pinned: new Set(['b']) });
    const ids = (selector: string) => view.core().$(selector).map((el) => el.id()).sort();
    expect([ids('.hidden'), ids('.pinned'), ids(':locked'), ids('.match'), ids('.selected'), ids('.incident')]).toEqual([['a', 'ab', 'ae'], ['b'], ['b'], ['d', 'e'], ['cd'], []]);
    view.destroy();
  });
});

describe('a graph above the automatic drawing limit (here 3 actors or 2 relations)', () => {
  const placed: GraphFile = { ...graph, nodes: graph.nodes.map((n, i) => ({ ...n, position: n.id === 'd' ? null : { x: i * 100, y: 0 } })) };
  const bigView = () => new GraphView({} as HTMLElement, () => undefined, () => undefined, { headless: true, drawLimit: { actors: 3, relations: 2 } });
  const show = (view: GraphView, nodes: string[], edges: string[]) =>
    view.apply({ visible: { nodes: new Set(nodes), edges: new Set(edges) }, selection: null, matches: new Set(), pinned: new Set() });
  const drawnIds = (view: GraphView) => [view.core().nodes().map((n) => n.id()).sort(), view.core().edges().map((e) => e.id()).sort()];
  const allNodes = graph.nodes.map((n) => n.id);
  const allEdges = graph.edges.map((e) => e.id);

  it('opens with nothing drawn and says how much is visible', () => {
    const view = bigView();
    view.load(placed);
    show(view, allNodes, allEdges);
    expect(view.scope()).toEqual({ kind: 'waiting', actors: 6, relations: 4 });
    expect(view.core().elements().length).toBe(0);
    view.destroy();
  });

  it('draws the visible part once it is within the limit, narrows it with classes, and draws a new part where its actors stood', () => {
    const view = bigView();
    view.load(placed);
    show(view, allNodes, allEdges);
    show(view, ['a', 'b', 'e'], ['ab', 'ae']);
    expect(view.scope()).toEqual({ kind: 'part', actors: 3, relations: 2 });
    expect(drawnIds(view)).toEqual([['a', 'b', 'e'], ['ab', 'ae']]);
    expect(view.core().getElementById('b').position()).toEqual({ x: 100, y: 0 });

    // A narrower view of the same part: the same core, the rest hidden.
    const core = view.core();
    view.core().getElementById('a').position({ x: -50, y: 40 });
    show(view, ['a', 'b'], ['ab']);
    expect(view.core()).toBe(core);
    expect(core.$('.hidden').map((el) => el.id()).sort()).toEqual(['ae', 'e']);

    // Another part: a new core; Delta, never placed, stands beside its neighbour Gamma.
    show(view, ['b', 'c', 'd'], ['bc', 'cd']);
    expect(view.core()).not.toBe(core);
    expect(drawnIds(view)).toEqual([['b', 'c', 'd'], ['bc', 'cd']]);
    const gamma = view.core().getElementById('c').position();
    const delta = view.core().getElementById('d').position();
    expect(Math.hypot(delta.x - gamma.x, delta.y - gamma.y)).toBeGreaterThanOrEqual(60);
    expect(Math.hypot(delta.x - gamma.x, delta.y - gamma.y)).toBeLessThan(100);
    // Where the analyst moved Alpha is kept although Alpha is not drawn now.
    expect(view.positions().get('a')).toEqual({ x: -50, y: 40 });
    expect(view.positions().get('d')).toEqual({ x: Math.round(delta.x * 100) / 100, y: Math.round(delta.y * 100) / 100 });
    view.destroy();
  });

  it('a view that moves on within the limit grows the drawn part in the same core; past the limit the part is drawn anew', () => {
    const view = new GraphView({} as HTMLElement, () => undefined, () => undefined, { headless: true, drawLimit: { actors: 4, relations: 3 } });
    view.load(placed);
    show(view, ['a', 'b'], ['ab']);
    const core = view.core();
    core.getElementById('b').position({ x: 7, y: 8 });
    // Beta's neighbourhood: Gamma joins beside Beta, Alpha stays drawn but hidden.
    show(view, ['b', 'c'], ['bc']);
    expect(view.core()).toBe(core);
    expect(drawnIds(view)).toEqual([['a', 'b', 'c'], ['ab', 'bc']]);
    expect(core.$('.hidden').map((el) => el.id()).sort()).toEqual(['a', 'ab']);
    expect(core.getElementById('b').position()).toEqual({ x: 7, y: 8 });
    expect(core.getElementById('c').position()).toEqual({ x: 200, y: 0 });
    expect(view.scope()).toEqual({ kind: 'part', actors: 2, relations: 1 });
    // Delta, never placed, joins beside Gamma.
    show(view, ['c', 'd'], ['cd']);
    expect(view.core()).toBe(core);
    const delta = core.getElementById('d').position();
    expect(Math.hypot(delta.x - 200, delta.y)).toBeLessThan(100);
    // Alpha, Beta, Gamma, Delta and the Summit: five actors with what is drawn, more than 4: a new core with the visible part only.
    show(view, ['a', 'e'], ['ae']);
    expect(view.core()).not.toBe(core);
    expect(drawnIds(view)).toEqual([['a', 'e'], ['ae']]);
    view.destroy();
  });

  it('a view that grows past the limit empties the canvas until the analyst asks to draw it', () => {
    const view = bigView();
    view.load(placed);
    show(view, ['a', 'b'], ['ab']);
    expect(drawnIds(view)).toEqual([['a', 'b'], ['ab']]);
    show(view, allNodes, allEdges);
    expect(view.scope()).toEqual({ kind: 'waiting', actors: 6, relations: 4 });
    expect(view.core().elements().length).toBe(0);
    view.drawVisible();
    expect(view.scope()).toEqual({ kind: 'part', actors: 6, relations: 4 });
    expect(drawnIds(view)).toEqual([allNodes.slice().sort(), allEdges.slice().sort()]);
    view.destroy();
  });

  it('overlays of pairs whose actors are not drawn are left out, and come back on the next part', () => {
    const view = bigView();
    view.load(placed);
    show(view, ['a', 'b', 'e'], ['ab', 'ae']);
    const dyad = (a: string, b: string) => ({ id: `dyad:${a}${b}`, a, b, stance: 'neutral' as const, count: 1, label: '1 relation', reciprocal: false });
    view.setDyads([dyad('a', 'b'), dyad('c', 'd')]);
    expect(view.core().edges('.dyad').map((e) => e.id())).toEqual(['dyad:ab']);
    show(view, ['b', 'c', 'd'], ['bc', 'cd']);
    expect(view.core().edges('.dyad').map((e) => e.id())).toEqual(['dyad:cd']);
    view.destroy();
  });

  it('places set from outside (undo) are kept for actors not drawn, and a part drawn later opens there', () => {
    const view = bigView();
    view.load(placed);
    show(view, ['a', 'b'], ['ab']);
    view.setPositions(new Map([['a', { x: 1, y: 2 }], ['c', { x: 500, y: -20 }]]));
    expect(view.core().getElementById('a').position()).toEqual({ x: 1, y: 2 });
    show(view, ['b', 'c', 'd'], ['bc', 'cd']);
    expect(drawnIds(view)).toEqual([['b', 'c', 'd'], ['bc', 'cd']]);
    expect(view.core().getElementById('c').position()).toEqual({ x: 500, y: -20 });
    expect(view.positions().get('a')).toEqual({ x: 1, y: 2 });
    view.destroy();
  });

  it('an edit keeps the drawn part in step, draws nothing outside it and forgets the places of removed actors', () => {
    const view = bigView();
    view.load(placed);
    show(view, ['a', 'b', 'e'], ['ab', 'ae']);
    const core = view.core();
    const edited: GraphFile = {
      ...placed,
      // Alpha renamed, the Summit removed, Gimel (a copy of Faraway) added.
      nodes: placed.nodes.flatMap((n) => (n.id === 'e' ? [] : n.id === 'a' ? [{ ...n, label: 'Alpha edited' }] : n.id === 'f' ? [n, { ...n, id: 'g', label: 'Gimel' }] : [n])),
      edges: placed.edges.filter((e) => e.id !== 'ae'),
    };
    view.sync(edited);
    expect(view.core()).toBe(core);
    expect(drawnIds(view)).toEqual([['a', 'b'], ['ab']]);
    expect(core.getElementById('a').data('label')).toBe('Alpha edited');
    expect(view.positions().has('e')).toBe(false);
    expect(view.positions().get('c')).toEqual({ x: 200, y: 0 });
    view.destroy();
  });
});

describe('the drawing limit preference', () => {
  it('a canvas waiting under a lower limit draws once the limit is raised', () => {
    const big = generateGraph({ edges: 2_500, edgesPerNode: 5, seed: 4 });
    const everything = { nodes: new Set(big.nodes.map((n) => n.id)), edges: new Set(big.edges.map((e) => e.id)) };
    setDrawLimitChoice('2000');
    try {
      const view = newView();
      view.load(big);
      view.apply({ visible: everything, selection: null, matches: new Set(), pinned: new Set(), layout: 'grid' });
      expect(view.scope()).toEqual({ kind: 'waiting', actors: 500, relations: 2500 });
      expect(view.core().elements().length).toBe(0);
      setDrawLimitChoice('10000');
      view.drawLimitChanged();
      expect(view.scope()).toEqual({ kind: 'part', actors: 500, relations: 2500 });
      expect(view.core().nodes().length).toBe(500);
      expect(view.core().edges().length).toBe(2500);
      view.destroy();
    } finally {
      setDrawLimitChoice(DEFAULT_DRAW_LIMIT);
    }
  });
});
