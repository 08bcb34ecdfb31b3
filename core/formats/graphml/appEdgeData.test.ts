import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../../bench/generate';
import { assertDirectPath } from '../../testing/directPath';
import { assertTextPath, assertWholeMatchAsSteps, expectEveryEdgeFromText } from '../../testing/textPath';
import { EDGE_FIELDS, unflattenEdge, type FlatType, type Notes } from '../flatAttributes';
import { FindingLog, Findings } from '../xml/findings';
import { parseXml } from '../xml/parseXml';
import { AttributeList, attributeOf, childrenNamed, type XmlElement, type XmlNode } from '../xml/xmlTree';
import { escapeText } from '../xml/escapeXml';
import { MarkupCursor } from '../xml/markupCursor';
import { edgeFromAppData, edgeFromAppDataText, edgeFromMarkupSteps, edgeFromWholeMarkup } from './appEdgeData';
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
    // …and is read straight from the text, up to the end of its </edge>.
    const cursor = new MarkupCursor(text);
    expectEveryEdgeFromText(text, 500, (lt) => edgeFromAppDataText(cursor, lt, keys));
    // Both ways: in one match of the whole edge, and step by step.
    expectEveryEdgeFromText(text, 500, (lt) => edgeFromWholeMarkup(text, lt, keys));
    const steps = new MarkupCursor(text);
    expectEveryEdgeFromText(text, 500, (lt) => edgeFromMarkupSteps(steps, lt, keys));
  });
});

// Edge markup as the app writes it and as it does not: other quotes, attributes or order, references,
// tabs, self-closing elements, other white space, comments, ports, stray text.
const START_TAGS = [
  ...Array<string>(6).fill('<edge id="ID" source="n1" target="n2">'),
  "<edge id='ID' source='n1' target='n2'>",
  '<edge id="ID" source="n1" target="n2" directed="false">',
  '<edge source="n1" target="n2" id="ID">',
  '<edge  id="ID" source="n1" target="n2">',
  '<edge id="ID" source="n&amp;1" target="n2">',
  '<edge id="I\tD" source="n1" target="n2">',
  '<edge id="ID" source="n1">',
  '<edge id="ID" source="n1" target="n2"/>',
];
const TEXT_KEYS = [...OWN, 'u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'y', 'undeclared'];
const dataMarkup = fc.tuple(fc.constantFrom(...TEXT_KEYS), fc.constantFrom(...TEXTS, 'a&b', 'x <y>'), fc.nat(9)).map(([id, text, form]) => {
  const escaped = escapeText(text);
  const forms = [`<data key='${id}'>${escaped}</data>`, `<data key="${id}"/>`, `<data key="${id}">${escaped}</data >`, `<data key="${id}" >${escaped}</data>`];
  return forms[form] ?? `<data key="${id}">${escaped}</data>`;
});
const otherMarkup = fc.constantFrom('\n  ', ' ', '\t', 'x', '<!-- c -->', '<port name="p"/>');
const BASE_DATA = ['<data key="e0">head_of</data>', '<data key="e1">true</data>', '<data key="e4">neutral</data>', '<data key="e9">0.5</data>'];
const edgeMarkup = fc
  .tuple(
    fc.constantFrom(...START_TAGS),
    fc.constantFrom('e1', 'e2', 'x'),
    // Half the time nothing but the app's own data, so the text path has edges to take.
    fc.oneof(fc.constant([]), fc.array(fc.oneof({ weight: 3, arbitrary: dataMarkup }, otherMarkup), { maxLength: 4 })),
    fc.oneof(fc.constant([]), fc.array(dataMarkup, { maxLength: 2 })),
  )
  .map(([start, id, before, after]) => {
    const open = start.replace('ID', id);
    if (open.endsWith('/>')) return open;
    return `${open}${[...before, ...BASE_DATA, ...after].map((child) => `\n      ${child}`).join('')}\n    </edge>`;
  });

function keyDeclaration([id, k]: [string, GraphmlKey]): string {
  return k.yfiles !== null ? `<key id="${id}" for="edge" yfiles.type="${k.yfiles}"/>` : `<key id="${id}" for="edge" attr.name="${k.name}" attr.type="${k.type}"/>`;
}

const head = `<?xml version="1.0" encoding="UTF-8"?>\n<graphml>\n  ${[...KEYS].map(keyDeclaration).join('\n  ')}\n  <graph edgedefault="directed">\n    <node id="n1"/>\n    <node id="n2"/>\n    `;
const documents = fc.array(edgeMarkup, { minLength: 1, maxLength: 3 }).map((edges) => `${head}${edges.join('\n    ')}\n  </graph>\n</graphml>\n`);

describe('GraphML edges read straight from the text', () => {
  it('give what the element path gives for the same file, or are left to it', () => {
    // The text path takes about 750 (±40) of some 3,000 edges and steps aside for the rest.
    assertTextPath(documents, (text) => graphmlFormat.read(text, 'g.graphml'), (text, lt) => edgeFromAppDataText(new MarkupCursor(text), lt, KEYS) !== null, 1500, 400);
  });

  it('in one match of the whole edge give what the step-by-step path gives, and take only edges it takes', () => {
    // About 530 (±30) of some 3,000 edges are the app's markup with the data in order.
    assertWholeMatchAsSteps(documents, (text, lt) => edgeFromWholeMarkup(text, lt, KEYS), (text, lt) => edgeFromMarkupSteps(new MarkupCursor(text), lt, KEYS), 1500, 400);
  });
});
