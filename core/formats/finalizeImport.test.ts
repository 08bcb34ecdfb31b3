import { describe, expect, it } from 'vitest';
import { fixtureGraph, SOURCE_TEXT } from '../testing/fixtureGraph';
import { finalizeImport } from './finalizeImport';

const candidate = () => {
  const g = fixtureGraph();
  return { meta: g.meta, sources: g.sources ?? [], nodes: g.nodes, edges: g.edges };
};

describe('finalizeImport', () => {
  it('takes validated elements as they are and gives the graph and report a second parse gives', () => {
    const parsedOnce = finalizeImport(candidate());
    const graph = parsedOnce.graph!;
    const again = finalizeImport({ meta: graph.meta, sources: graph.sources, nodes: graph.nodes, edges: graph.edges, validated: true });
    expect(again).toEqual(finalizeImport({ meta: graph.meta, sources: graph.sources, nodes: graph.nodes, edges: graph.edges }));
    expect(again.report).toEqual([]);
    expect(again.graph!.nodes[0]).toBe(graph.nodes[0]);
    expect(again.graph!.edges.map((e) => e.id)).toEqual(['ab', 'bc', 'cd', 'ae']);
  });

  it('still checks references of validated edges', () => {
    const graph = finalizeImport(candidate()).graph!;
    const result = finalizeImport({ meta: graph.meta, sources: graph.sources, nodes: graph.nodes.filter((n) => n.id !== 'd'), edges: graph.edges, validated: true });
    expect(result.graph!.edges.map((e) => e.id)).toEqual(['ab', 'bc', 'ae']);
    expect(result.report.map((r) => r.message)).toEqual(['edges[2].target: no node has id "d" — left out']);
  });

  it('keeps a quote whose end runs past the source text when the text ends with it, and moves one found elsewhere', () => {
    const c = candidate();
    const tail = 'Alpha joined the summit.';
    const start = SOURCE_TEXT.length - tail.length;
    const edges = [
      { ...c.edges[0]!, evidence: [{ sourceId: 's1', quote: tail, start, end: SOURCE_TEXT.length + 5 }] },
      { ...c.edges[1]!, evidence: [{ sourceId: 's1', quote: 'Beta fought Gamma', start: 0, end: 17 }] },
    ];
    const result = finalizeImport({ ...c, edges });
    expect(result.graph!.edges[0]!.evidence[0]).toEqual({ sourceId: 's1', quote: tail, start, end: SOURCE_TEXT.length + 5 });
    expect(result.graph!.edges[1]!.evidence[0]).toEqual({ sourceId: 's1', quote: 'Beta fought Gamma', start: 23, end: 40 });
    expect(result.report.map((r) => r.message)).toEqual(['Evidence quotes found elsewhere in their source; offsets corrected (1): bc']);
  });
});
