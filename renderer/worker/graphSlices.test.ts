import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../bench/generate';
import { joinAnswer, noSlices, receiveSlice, sliceAnswer } from './graphSlices';

/** What the page receives: each message structured-cloned, as postMessage does. */
function overTheWire(answer: unknown, size: number): unknown {
  const { slices, answer: last } = sliceAnswer(answer, size);
  const received = noSlices();
  for (const slice of slices) receiveSlice(received, structuredClone(slice));
  return joinAnswer(structuredClone(last), received);
}

describe('a graph sent from the worker in slices', () => {
  const graph = generateGraph({ edges: 1_234, edgesPerNode: 5, seed: 11 });

  it('arrives whole and in order inside a file import, a result and a workspace result', () => {
    const fileImport = { graph, report: [{ level: 'info', message: 'read 1234 relations' }], format: 'native' };
    const sent = sliceAnswer(fileImport, 100);
    // 247 actors and 1,234 relations in slices of 100: 3 + 13 messages before the answer.
    // The sources go first, then 3 + 13 messages of elements, then the answer.
    expect(sent.slices.map((s) => [s.nodes.length, s.edges.length])).toEqual([
      [0, 0],
      ...[100, 100, 47].map((n) => [n, 0]),
      ...[...Array<number>(12).fill(100), 34].map((n) => [0, n]),
    ]);
    expect(sent.slices[0]!.sources).toEqual(graph.sources);
    expect(sent.answer).toEqual({ ...fileImport, graph: { ...graph, sources: [], nodes: [], edges: [] } });
    // Quotes travel as offsets into the source sent first: all 1,234 are cut, and come back whole.
    const sentQuotes = sent.slices.flatMap((s) => s.edges.flatMap((e) => e.evidence.map((ev) => ev.quote)));
    expect(sentQuotes).toHaveLength(graph.edges.reduce((n, e) => n + e.evidence.length, 0));
    expect(sentQuotes.every((q) => q === '')).toBe(true);
    expect(overTheWire(fileImport, 100)).toEqual(fileImport);
    expect(overTheWire({ ok: true, value: graph }, 100)).toEqual({ ok: true, value: graph });
    const workspace = { ok: true, value: { graph, filters: { hiddenStances: ['conflictual'] }, viewport: null } };
    expect(overTheWire(workspace, 500)).toEqual(workspace);
  });

  it('keeps a quote whose source is not in the graph (or does not match it) as it is', () => {
    const orphan = { ...graph.edges[0]!, evidence: [{ sourceId: 'elsewhere', quote: 'said elsewhere', start: 0, end: 14 }] };
    const moved = { ...graph.edges[1]!, evidence: [{ ...graph.edges[1]!.evidence[0]!, start: 0, end: 5 }] };
    const odd = { ...graph, edges: [orphan, moved, ...graph.edges.slice(2)] };
    const sent = sliceAnswer({ graph: odd, report: [] }, 100);
    const firstEdges = sent.slices.find((s) => s.edges.length > 0)!.edges;
    expect(firstEdges[0]!.evidence[0]!.quote).toBe('said elsewhere');
    expect(firstEdges[1]!.evidence[0]!.quote).toBe(moved.evidence[0]!.quote);
    expect(overTheWire({ graph: odd, report: [] }, 100)).toEqual({ graph: odd, report: [] });
  });

  it('goes in one message when small, and answers without a graph go as they are', () => {
    expect(sliceAnswer({ graph, report: [] }, 2_000).slices).toEqual([]);
    expect(sliceAnswer({ graph: null, report: [{ level: 'error', message: 'bad' }] }, 10).slices).toEqual([]);
    expect(sliceAnswer({ ok: false, error: ['bad'] }, 10)).toEqual({ slices: [], answer: { ok: false, error: ['bad'] } });
  });
});
