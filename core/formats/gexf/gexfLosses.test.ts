import { describe, expect, it } from 'vitest';
import { parseGraphText } from '../../io/nativeFormat';
import type { GraphFile } from '../../model/schema';
import { fixtureGraph } from '../../testing/fixtureGraph';
import { reportWarning } from '../report';
import { gexfFormat } from './index';

function fixture(): GraphFile {
  const parsed = parseGraphText(JSON.stringify(fixtureGraph()));
  if (!parsed.ok) throw new Error(parsed.error.join('\n'));
  return parsed.value;
}

describe('GEXF losses', () => {
  it('says the source texts are lost, and the reader finds exactly that', () => {
    const graph = fixture();
    expect(gexfFormat.losses(graph)).toEqual([
      'GEXF cannot hold the source texts; evidence quotes and offsets are kept, the article text is not (1 source: “Fixture text”).',
    ]);
    const back = gexfFormat.read(gexfFormat.write(graph, {})[0]!.text, 'g.gexf');
    expect(back.report).toEqual([reportWarning('Evidence cites sources the file does not include; quotes kept without their text (1): s1')]);
    expect(back.graph).toEqual({ ...graph, sources: [] });
  });

  it('says nothing for a graph it holds whole', () => {
    expect(gexfFormat.losses({ ...fixture(), sources: [], edges: [] })).toEqual([]);
  });

  it('names characters XML cannot carry and null attribute values', () => {
    const graph = { ...fixture(), sources: [], edges: [] };
    const attributes = Object.create(null) as Record<string, null>;
    Object.defineProperty(attributes, '__proto__', { value: null, enumerable: true });
    graph.nodes[0] = { ...graph.nodes[0]!, id: 'a\u0000', attributes };
    expect(gexfFormat.losses(graph)).toEqual([
      'One text contains characters XML 1.0 cannot carry (control characters other than tab, line feed and carriage return, ' +
        'unpaired surrogates, U+FFFE, U+FFFF); each is written as U+FFFD (�) (1): node "a\uFFFD" id',
      'Null attribute values are written as absent (1): node "a\uFFFD" attribute "__proto__"',
    ]);
  });
});
