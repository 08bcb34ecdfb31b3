import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../../bench/generate';
import { assertDirectPath } from '../../testing/directPath';
import { assertTextPath, assertWholeMatchAsSteps, expectEveryEdgeFromText } from '../../testing/textPath';
import { EDGE_FIELDS, unflattenEdge, type FlatType, type Notes } from '../flatAttributes';
import { FindingLog, Findings } from '../xml/findings';
import { parseXml } from '../xml/parseXml';
import { AttributeList, attributeOf, childrenNamed, firstChildNamed, type XmlElement, type XmlNode } from '../xml/xmlTree';
import { quotedAttribute } from '../xml/escapeXml';
import { MarkupCursor } from '../xml/markupCursor';
import { edgeFromAppValues, edgeFromAppValuesText, edgeFromMarkupSteps, edgeFromWholeMarkup } from './appEdgeValues';
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
    // …and is read straight from the text, up to the end of its </edge>.
    const cursor = new MarkupCursor(text);
    expectEveryEdgeFromText(text, 500, (lt) => edgeFromAppValuesText(cursor, lt, attributes));
    // Both ways: in one match of the whole edge, and step by step.
    expectEveryEdgeFromText(text, 500, (lt) => edgeFromWholeMarkup(text, lt, attributes));
    const steps = new MarkupCursor(text);
    expectEveryEdgeFromText(text, 500, (lt) => edgeFromMarkupSteps(steps, lt, attributes));
  });
});

// Edge markup as the app writes it and as it does not: other quotes, attributes or order, references,
// tabs, self-closing elements, other white space, comments, other elements, stray text.
const START_TAGS = [
  ...Array<string>(6).fill('<edge id="ID" source="n1" target="n2" kind="head_of" label="Head of" weight="0.5">'),
  '<edge id="ID" source="n1" target="n2" type="mutual" kind="head_of" label="Head of">',
  "<edge id='ID' source='n1' target='n2' kind='head_of' label='Head of'>",
  '<edge id="ID" source="n1" target="n2" label="Head of">',
  '<edge id="ID" source="n1" target="n2" kind="head_of" label="Head of" start="2020-01-01">',
  '<edge id="ID" source="n1" target="n2" kind="head_of" label="Head &amp; of">',
  '<edge id="ID" source="n1" target="n2" kind="head\tof" label="Head of">',
  '<edge  id="ID" source="n1" target="n2" kind="head_of" label="Head of">',
  '<edge id="ID" source="n1" target="n2" kind="head_of" label="Head of"/>',
];
const TEXT_IDS = [...OWN, ...OTHER];
const attvalueMarkup = fc.tuple(fc.constantFrom(...TEXT_IDS), fc.constantFrom(...TEXTS, 'a&b', '"q"'), fc.nat(9)).map(([id, text, form]) => {
  const forms = [`<attvalue for='${id}' value=${quotedAttribute(text)}/>`, `<attvalue for="${id}" value=${quotedAttribute(text)} />`, `<attvalue id="${id}" value=${quotedAttribute(text)}/>`, `<attvalue for="${id}" value=${quotedAttribute(text)}></attvalue>`];
  return forms[form] ?? `<attvalue for="${id}" value=${quotedAttribute(text)}/>`;
});
const otherMarkup = fc.constantFrom('\n  ', 'x', '<!-- c -->', '<viz:size value="1"/>', '<attvalue for="u3" value="a\tb"/>');
const BASE_VALUES = ['<attvalue for="e0" value="head_of"/>', '<attvalue for="e1" value="true"/>', '<attvalue for="e4" value="neutral"/>', '<attvalue for="e9" value="0.5"/>'];
const SPELLS = ['', '', '<spells><spell start="2020-01-01" end="2020-02-01"/></spells>', '<spells>\n  <spell start="2020-01-01"/>\n</spells>', '<spells><spell start="x"/><spell start="2021"/></spells>'];
const COLORS = ['<viz:color r="1" g="2" b="3"/>', '<viz:color r="1" g="2" b="3"/>', '', '<viz:color r="1" g="2" b="3" a="0.5"/>'];
const edgeMarkup = fc
  .tuple(
    fc.constantFrom(...START_TAGS),
    fc.constantFrom('e1', 'e2', 'x'),
    // Half the time nothing but the app's own values, so the text path has edges to take.
    fc.oneof(fc.constant([]), fc.array(fc.oneof({ weight: 3, arbitrary: attvalueMarkup }, otherMarkup), { maxLength: 3 })),
    fc.oneof(fc.constant([]), fc.array(attvalueMarkup, { maxLength: 2 })),
    fc.constantFrom(...SPELLS),
    fc.constantFrom(...COLORS),
    fc.constantFrom('', '', '', '<attvalues><attvalue for="e2" value="010"/></attvalues>', '<!-- c -->'),
    // A time_start value, which spells need for the direct path.
    fc.boolean(),
  )
  .map(([start, id, before, after, spells, color, trailing, dated]) => {
    const open = start.replace('ID', id);
    if (open.endsWith('/>')) return open;
    // time_start (e5) in its place among the declarations, as the app writes it.
    const base = dated ? [...BASE_VALUES.slice(0, 3), '<attvalue for="e5" value="2020-01-01"/>', ...BASE_VALUES.slice(3)] : BASE_VALUES;
    const values = [...before, ...base, ...after].map((v) => `\n          ${v}`).join('');
    return `${open}\n        <attvalues>${values}\n        </attvalues>${[spells, color, trailing].map((part) => (part === '' ? '' : `\n        ${part}`)).join('')}\n      </edge>`;
  });

const declarations = [...ATTRIBUTES].map(([id, a]) => `<attribute id="${id}" title="${a.title}" type="${a.type}"/>`).join('\n        ');
const head = `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n  <graph defaultedgetype="directed">\n    <attributes class="edge" mode="static">\n        ${declarations}\n    </attributes>\n    <nodes>\n      <node id="n1" label="A"/>\n      <node id="n2" label="B"/>\n    </nodes>\n    <edges>\n      `;
const documents = fc.array(edgeMarkup, { minLength: 1, maxLength: 3 }).map((edges) => `${head}${edges.join('\n      ')}\n    </edges>\n  </graph>\n</gexf>\n`);

describe('GEXF edges read straight from the text', () => {
  it('give what the element path gives for the same file, or are left to it', () => {
    // The text path takes about 300 (±30) of some 4,000 edges and steps aside for the rest.
    assertTextPath(documents, (text) => gexfFormat.read(text, 'g.gexf'), (text, lt) => edgeFromAppValuesText(new MarkupCursor(text), lt, ATTRIBUTES) !== null, 2000, 150);
  });

  it('in one match of the whole edge give what the step-by-step path gives, and take only edges it takes', () => {
    // About 230 (±25) of some 4,000 edges are the app's markup with the values in order.
    assertWholeMatchAsSteps(documents, (text, lt) => edgeFromWholeMarkup(text, lt, ATTRIBUTES), (text, lt) => edgeFromMarkupSteps(new MarkupCursor(text), lt, ATTRIBUTES), 2000, 150);
  });
});
