import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../../bench/generate';
import { assertDirectPath } from '../../testing/directPath';
import { EDGE_FIELDS, unflattenEdge, type FlatType, type Notes } from '../flatAttributes';
import { FindingLog, Findings } from '../xml/findings';
import { parseXml } from '../xml/parseXml';
import { AttributeList, attributeOf, childrenNamed, firstChildNamed, type XmlElement, type XmlNode } from '../xml/xmlTree';
import { edgeFromAppValues } from './appEdgeValues';
import { readAttributes, type GexfAttribute } from './gexfAttributes';
import { edgeValues } from './gexfElements';
import { gexfFormat } from './index';

const attribute = (id: string, title: string, type: FlatType): [string, GexfAttribute] => [id, { id, title, type, fallback: undefined }];

// The app's attributes (writeGexf.ts), then others: user attributes of each type, one titled like a
// field but of another type, a structural title, an attr.-prefixed one, two of one title.
const ATTRIBUTES = new Map<string, GexfAttribute>([
  // The app's own, as its writer declares them: one for each relation field, e0…e11.
  ...EDGE_FIELDS.map(({ key: name, type }, i) => attribute(`e${i}`, name, type)),
  attribute('u1', 'weight', 'double'),
  attribute('u2', 'flag', 'boolean'),
  attribute('u3', 'attr.type', 'string'),
  attribute('u4', 'type', 'double'),
  attribute('u5', 'directed', 'string'),
  attribute('u6', 'source', 'string'),
  attribute('u7', 'weight', 'string'),
]);
const OWN = EDGE_FIELDS.map((_, i) => `e${i}`);
const OTHER = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'undeclared'];
const TEXTS = ['', 'A', 'head_of', 'Head Of', 'neutral', 'cooperative', '1', '0.5', ' 3 ', 'true', 'false', 'yes', '2020', '2020-01-02', 'day', '[]', '[{"sourceId":"s","quote":"q","start":0,"end":1}]', '{'];

const element = (name: string, flat: string[], children: readonly XmlNode[] = []): XmlElement => ({ name, attributes: new AttributeList(flat), children });
const attvalue = (id: string, value: string) => element('attvalue', ['for', id, 'value', value]);

describe('GEXF edges as this app writes them, built directly', () => {
  it('the general path’s relation without any finding or note, or null', () => {
    const base: [string, string][] = [['e0', 'head_of'], ['e1', 'true'], ['e4', 'neutral'], ['e9', '0.5']];
    const change = fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...OWN) }, fc.constantFrom(...OTHER)), fc.constantFrom(...TEXTS));
    // Now and then without a type, direction or confidence value (the fallbacks' turn).
    const removed = fc.oneof({ weight: 3, arbitrary: fc.constant<string[]>([]) }, fc.subarray(['e0', 'e1', 'e9'], { minLength: 1, maxLength: 1 }));
    // Attributes of the edge element itself: the fallbacks for type and confidence, and time bounds.
    const own = fc.subarray<[string, string]>([['kind', 'head_of'], ['label', 'Head Of'], ['weight', '0.7'], ['start', '2021-05-01']]);
    const extra = fc.constantFrom<XmlNode[]>([], ['\n  '], [element('spells', [], [element('spell', ['start', '2020-01-01', 'end', '2020-02-01'])])], [element('spells', [], [element('spell', ['start', 'x'])])]);
    assertDirectPath(fc.tuple(fc.array(change, { maxLength: 4 }), fc.array(change, { maxLength: 1 }), removed, own, extra), ([changes, second, gone, ownAttributes, other]) => {
      const fields = new Map(base);
      for (const id of gone) fields.delete(id);
      for (const [id, text] of changes) fields.set(id, text);
      // A second attvalues group, sometimes with an id given again (a dynamic value).
      const groups = [element('attvalues', [], [...fields].map(([id, text]) => attvalue(id, text))), ...second.map(([id, text]) => element('attvalues', [], [attvalue(id, text)]))];
      const edge = element('edge', ['source', 'n1', 'target', 'n2', ...ownAttributes.flat()], [...groups, ...other]);
      const built = edgeFromAppValues(edge, ATTRIBUTES, 'n1', 'n2');
      const log = new FindingLog();
      const notes: Notes = new Map();
      // The graph's default direction is false: the app's files say true in every edge's values.
      const general = unflattenEdge('', 'n1', 'n2', edgeValues(edge, ATTRIBUTES, log), false, notes);
      return { built, general, notes, log };
    });
  });

  it('every relation of a generated graph written by the app is built directly, and reads back equal', () => {
    const graph = generateGraph({ edges: 500, seed: 11 });
    const text = gexfFormat.write(graph, {})[0]!.text;
    // GEXF has no place for the sources' texts (the report says so); actors and relations come back whole.
    const back = gexfFormat.read(text, 'g.gexf');
    expect(back.graph?.nodes).toEqual(graph.nodes);
    expect(back.graph?.edges).toEqual(graph.edges);
    const root = parseXml(text);
    if (!root.ok) throw new Error(root.error.message);
    const graphElement = firstChildNamed(root.value, 'graph')!;
    const attributes = readAttributes(graphElement, 'edge', new Findings());
    const edges = childrenNamed(firstChildNamed(graphElement, 'edges')!, 'edge');
    expect(edges).toHaveLength(500);
    for (const edge of edges) expect(edgeFromAppValues(edge, attributes, attributeOf(edge, 'source')!, attributeOf(edge, 'target')!)).not.toBeNull();
  });
});
