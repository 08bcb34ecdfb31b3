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
    expect(sent.slices.map((s) => [s.nodes.length, s.edges.length])).toEqual([
      ...[100, 100, 47].map((n) => [n, 0]),
      ...[...Array<number>(12).fill(100), 34].map((n) => [0, n]),
    ]);
    expect(sent.answer).toEqual({ ...fileImport, graph: { ...graph, nodes: [], edges: [] } });
    expect(overTheWire(fileImport, 100)).toEqual(fileImport);
    expect(overTheWire({ ok: true, value: graph }, 100)).toEqual({ ok: true, value: graph });
    const workspace = { ok: true, value: { graph, filters: { hiddenStances: ['conflictual'] }, viewport: null } };
    expect(overTheWire(workspace, 500)).toEqual(workspace);
  });

  it('goes in one message when small, and answers without a graph go as they are', () => {
    expect(sliceAnswer({ graph, report: [] }, 2_000).slices).toEqual([]);
    expect(sliceAnswer({ graph: null, report: [{ level: 'error', message: 'bad' }] }, 10).slices).toEqual([]);
    expect(sliceAnswer({ ok: false, error: ['bad'] }, 10)).toEqual({ slices: [], answer: { ok: false, error: ['bad'] } });
  });
});
