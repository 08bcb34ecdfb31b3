import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../../bench/generate';
import { assertDirectPath } from '../../testing/directPath';
import { EDGE_FIELDS, unflattenEdge, type FlatType, type Notes } from '../flatAttributes';
import { FindingLog, Findings } from '../xml/findings';
import { parseXml } from '../xml/parseXml';
import { AttributeList, attributeOf, childrenNamed, type XmlElement, type XmlNode } from '../xml/xmlTree';
import { edgeFromAppData } from './appEdgeData';
import { readData } from './graphmlElements';
import { readKeys, type GraphmlKey } from './graphmlKeys';
import { graphmlFormat } from './index';

const key = (id: string, name: string, type: FlatType, yfiles: string | null = null): [string, GraphmlKey] => [id, { id, domain: 'edge', name, type, yfiles, fallback: undefined }];

// The app's keys (writeGraphml.ts), then keys of other meanings: user attributes of each type, one
// named like a field but of another type, a structural name, an attr.-prefixed name, yEd's graphics.
const KEYS = new Map<string, GraphmlKey>([
  // The app's own, as its writer declares them: one for each relation field, e0…e11.
  ...EDGE_FIELDS.map(({ key: name, type }, i) => key(`e${i}`, name, type)),
  key('u1', 'weight', 'double'),
  key('u2', 'flag', 'boolean'),
  key('u3', 'attr.type', 'string'),
  key('u4', 'type', 'double'),
  key('u5', 'directed', 'string'),
  key('u6', 'id', 'string'),
  key('u7', 'weight', 'string'),
  key('y', 'graphics', 'string', 'edgegraphics'),
]);
const OWN = EDGE_FIELDS.map((_, i) => `e${i}`);
const OTHER = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'y', 'undeclared'];
const TEXTS = ['', 'A', 'head_of', 'Head Of', 'neutral', 'cooperative', '1', '0.5', ' 3 ', 'true', 'false', 'yes', '2020', '2020-01-02', 'day', '[]', '[{"sourceId":"s","quote":"q","start":0,"end":1}]', '{', 'NaN'];

const data = (id: string, text: string): XmlElement => ({ name: 'data', attributes: new AttributeList(['key', id]), children: text === '' ? [] : [text] });
const edgeElement = (children: readonly XmlNode[]): XmlElement => ({ name: 'edge', attributes: new AttributeList(['source', 'n1', 'target', 'n2']), children });

describe('GraphML edges as this app writes them, built directly', () => {
  it('the general path’s relation without any finding or note, or null', () => {
    const base: [string, string][] = [['e0', 'head_of'], ['e1', 'true'], ['e4', 'neutral'], ['e9', '0.5']];
    const change = fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...OWN) }, fc.constantFrom(...OTHER)), fc.constantFrom(...TEXTS));
    // Changes replace the base's value of a key (or add one); extras are appended (a key given twice).
    const children = fc.tuple(fc.array(change, { maxLength: 4 }), fc.array(change, { maxLength: 1 }), fc.constantFrom<XmlNode[]>([], ['\n  '], [{ name: 'port', attributes: AttributeList.EMPTY, children: [] }]));
    assertDirectPath(children, ([changes, extras, other]) => {
      const fields = new Map(base);
      for (const [id, text] of changes) fields.set(id, text);
      const element = edgeElement([...other, ...[...fields, ...extras].map(([id, text]) => data(id, text))]);
      const built = edgeFromAppData(element, KEYS, 'n1', 'n2');
      const log = new FindingLog();
      const notes: Notes = new Map();
      // The graph's default direction is false: the app's files say true in every edge's data.
      const general = unflattenEdge('', 'n1', 'n2', readData(element, 'edge', KEYS, log).values, false, notes);
      return { built, general, notes, log };
    });
  });

  it('every relation of a generated graph written by the app is built directly, and reads back equal', () => {
    const graph = generateGraph({ edges: 500, seed: 11 });
    const text = graphmlFormat.write(graph, {})[0]!.text;
    const back = graphmlFormat.read(text, 'g.graphml');
    expect(back.report).toEqual([]);
    expect(back.graph).toEqual(graph);
    // Each edge element of the file takes the direct path.
    const root = parseXml(text);
    if (!root.ok) throw new Error(root.error.message);
    const keys = readKeys(root.value, new Findings());
    const edges = childrenNamed(childrenNamed(root.value, 'graph')[0]!, 'edge');
    expect(edges).toHaveLength(500);
    for (const edge of edges) expect(edgeFromAppData(edge, keys, attributeOf(edge, 'source')!, attributeOf(edge, 'target')!)).not.toBeNull();
  });
});
