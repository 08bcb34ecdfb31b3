import { describe, expect, it } from 'vitest';
import { parseGraphText } from '../../io/nativeFormat';
import type { GraphFile } from '../../model/schema';
import { fixtureGraph } from '../../testing/fixtureGraph';
import { graphmlFormat } from './index';

function fixture(): GraphFile {
  const parsed = parseGraphText(JSON.stringify(fixtureGraph()));
  if (!parsed.ok) throw new Error(parsed.error.join('\n'));
  return parsed.value;
}

const MIXED =
  '1 of 4 relations are undirected in a directed graph: GraphML marks them with the data attribute directed=false only ' +
  '(NetworkX refuses per-edge directed attributes that differ from edgedefault), so other tools draw them with arrows; ' +
  'this app reads them back as undirected.';

describe('GraphML losses', () => {
  it('names undirected relations in a directed graph, and nothing else for a plain graph', () => {
    expect(graphmlFormat.losses(fixture())).toEqual([MIXED]);
    const allMutual = fixture();
    expect(graphmlFormat.losses({ ...allMutual, edges: allMutual.edges.map((e) => ({ ...e, directed: false })) })).toEqual([]);
  });

  it('names characters XML cannot carry and null attribute values, and writes what it says', () => {
    const graph = fixture();
    const attributes = Object.assign(Object.create(null) as Record<string, string | null>, { gone: null, kept: 'x' });
    graph.nodes[1] = { ...graph.nodes[1]!, label: 'Be\u0001ta', attributes };
    graph.edges[0] = { ...graph.edges[0]!, note: 'odd \uFFFF' };
    // Source texts travel as JSON, which escapes control characters itself: no loss there.
    graph.sources[0] = { ...graph.sources[0]!, text: `\u0002${graph.sources[0]!.text}` };
    graph.edges.forEach((e) => e.evidence.forEach((ev) => Object.assign(ev, { start: ev.start + 1, end: ev.end + 1 })));

    expect(graphmlFormat.losses(graph)).toEqual([
      'Texts contain characters XML 1.0 cannot carry (control characters other than tab, line feed and carriage return, ' +
        'unpaired surrogates, U+FFFE, U+FFFF); each is written as U+FFFD (�) (2): node "b" label, edge "ab" note',
      'Null attribute values are written as absent (1): node "b" attribute "gone"',
      MIXED,
    ]);
    const back = graphmlFormat.read(graphmlFormat.write(graph, {})[0]!.text, 'g.graphml');
    expect(back.report).toEqual([]);
    expect(back.graph!.nodes[1]!.label).toBe('Be\uFFFDta');
    expect({ ...back.graph!.nodes[1]!.attributes }).toEqual({ kept: 'x' });
    expect(back.graph!.edges[0]!.note).toBe('odd \uFFFD');
    expect(back.graph!.sources).toEqual(graph.sources);
    expect(back.graph!.edges.map((e) => e.evidence)).toEqual(graph.edges.map((e) => e.evidence));
  });
});
