import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION, type GraphEdge, type GraphFile, type GraphNode } from '../model/schema';
import type { FormatId } from './formatIds';
import { FORMATS } from './registry';

// A full collection on demand, as `node --expose-gc` gives it: the flag set now, gc taken from a new context.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const heapMegabytes = (): number => {
  collect();
  collect();
  return getHeapStatistics().used_heap_size / 1e6;
};

const LONG = 'a text well over thirteen characters';
const node = (id: string, label: string): GraphNode => ({ id, label, type: 'state', aliases: [`${label} (also)`], qid: null, description: `${label}: ${LONG}`, time: null, position: null, attributes: { remark: `${label} ${LONG}` } });
const edge: GraphEdge = {
  id: 'e0', source: 'belarus_republic', target: 'people_s_republic_of_china', type: 'strategic_partnership', directed: true, cameo: '057', goldstein: 8,
  stance: 'cooperative', time: { start: '2023-03-01', precision: 'day', text: 'the first of March, 2023' }, confidence: 0.9, evidence: [], note: `A note: ${LONG}`, attributes: { remark: `Remark: ${LONG}` },
};
const graph: GraphFile = {
  format: GRAPH_FORMAT, version: GRAPH_FORMAT_VERSION, meta: { title: `Ties: ${LONG}`, description: `About: ${LONG}` }, sources: [],
  nodes: [node('belarus_republic', 'Republic of Belarus'), node('people_s_republic_of_china', "People's Republic of China")], edges: [edge],
};

/** The file a format writes for the graph (CSV: the edge list, its actors named by their ids). */
const fileOf = (id: FormatId) => {
  const files = FORMATS[id].write(graph, {});
  return files.find((f) => f.suffix.includes('edges')) ?? files[0]!;
};

/** The file's text padded with 10 MB its reader passes over: XML, a comment after the root; CSV, blank lines, which are skipped. */
function paddedText(id: FormatId): string {
  const { text } = fileOf(id);
  const padding = 10_000_000;
  return id === 'csv' ? text + '\n'.repeat(padding) : `${text}<!--${'x'.repeat(padding)}-->\n`;
}

describe('a graph read from a file keeps none of its text', () => {
  // V8 makes a cut of 13 characters or more a view into the text it was cut from: one label kept
  // that way kept the whole file in memory for as long as the graph was held (ownStrings.ts).
  it.each<FormatId>(['graphml', 'gexf', 'csv'])('%s: the text is freed once dropped, the graph holding long labels, types, notes and attributes', (id) => {
    let text: string | null = paddedText(id);
    const read = FORMATS[id].read(text, `graph${fileOf(id).suffix}`);
    expect(read.graph?.edges).toHaveLength(1);
    const withText = heapMegabytes();
    text = null;
    const withoutText = heapMegabytes();
    // The 10 MB of padding (one byte a character) go with the text.
    expect(withText - withoutText).toBeGreaterThan(8);
    // …and the graph still holds its texts.
    const relation = read.graph!.edges[0]!;
    expect([relation.type, relation.note, relation.time?.text, relation.attributes['remark']]).toEqual([edge.type, edge.note, edge.time!.text, edge.attributes['remark']]);
    if (id !== 'csv') expect(read.graph!.nodes.map((n) => [n.label, n.description, n.aliases, n.attributes['remark']])).toEqual(graph.nodes.map((n) => [n.label, n.description, n.aliases, n.attributes['remark']]));
  });
});
