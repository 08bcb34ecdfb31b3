import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../../bench/generate';
import { FORMATS } from '../registry';
import { CHUNK_CHARS, buildTree } from './saxTree';
import { parseXml } from './parseXml';
import { scanMarkup } from './scanMarkup';
import { readSubset } from './subsetTree';
import { TreeBuilder } from './treeBuilder';
import type { XmlElement, XmlNode } from './xmlTree';

/** A tree as plain data, adjacent texts joined (saxes may cut a text where the fast reader does not). */
type Plain = { name: string; attributes: (readonly [string, string])[]; children: (Plain | string)[] };
function plain(element: XmlElement): Plain {
  const children: (Plain | string)[] = [];
  for (const child of element.children as XmlNode[]) {
    if (typeof child !== 'string') children.push(plain(child));
    else if (typeof children.at(-1) === 'string') children[children.length - 1] += child;
    else children.push(child);
  }
  return { name: element.name, attributes: [...element.attributes], children };
}

const normalised = (text: string) => text.replace(/\r\n?/g, '\n');

/** The fast reader's tree, or null where it steps aside. */
function fastTree(text: string): Plain | null {
  const tree = new TreeBuilder(undefined);
  return readSubset(text, tree) ? plain(tree.root!) : null;
}

/** What scanMarkup and saxes make of the text: a tree, or null for a refusal. */
function saxesTree(text: string): Plain | null {
  if (scanMarkup(text) !== null) return null;
  const result = buildTree(text);
  return result.ok ? plain(result.root) : null;
}

describe('readSubset: the fast XML reader', () => {
  it('reads the files this app writes, GraphML and GEXF, as saxes does', () => {
    const graph = generateGraph({ edges: 300, seed: 7 });
    for (const id of ['graphml', 'gexf'] as const) {
      const text = normalised(FORMATS[id].write(graph, {})[0]!.text);
      const fast = fastTree(text);
      expect(fast).not.toBeNull();
      expect(fast).toEqual(saxesTree(text));
    }
  });

  it('decodes references and normalises attribute white space as XML 1.0 says', () => {
    expect(fastTree('<?xml version="1.0" encoding="UTF-8"?>\n<a x="1\t2\n3 &#9;&#10;&#13;&amp;&lt;&quot;&apos;&#x1F1E7;" y = \'"\'>x &amp; y&#13;\nz&gt;</a>\n')).toEqual({
      name: 'a',
      attributes: [['x', '1 2 3 \t\n\r&<"\'\u{1F1E7}'], ['y', '"']],
      children: ['x & y\r\nz>'],
    });
  });

  it('decodes each reference once: "&amp;lt;" is the text "&lt;", not "<"', () => {
    const text = '<a x="&amp;lt;&amp;amp;&quot;">&amp;quot;&amp;&lt;&apos;&amp;#65;</a>';
    expect(fastTree(text)).toEqual({ name: 'a', attributes: [['x', '&lt;&amp;"']], children: ['&quot;&<\'&#65;'] });
    expect(fastTree(text)).toEqual(saxesTree(text));
  });

  it('reads comments, as yEd writes them, and keeps nothing of them', () => {
    for (const text of ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<a>\n  <!--Created by yEd 3.25-->\n  <b>x<!-- & < -->y</b></a>', '<!---->\n<a/>\n<!--- after -->']) {
      const fast = fastTree(text);
      expect(fast, text).not.toBeNull();
      expect(fast).toEqual(saxesTree(text));
    }
    expect(fastTree('<a><!-- x --></a>')).toEqual({ name: 'a', attributes: [], children: [] });
  });

  it('steps aside for what it does not read: CDATA, processing instructions, non-ASCII names, surrogates', () => {
    for (const text of [
      '<a><![CDATA[x]]></a>',
      '<a><?pi x?></a>',
      '<?xml version="1.1"?><a/>',
      '<ä/>',
      '<a bä="1"/>',
      '<a>🇧🇾</a>',
    ]) {
      expect(fastTree(text), text).toBeNull();
      expect(saxesTree(text), text).not.toBeNull();
    }
  });

  it('steps aside for every mistake, so saxes words the error', () => {
    for (const text of [
      '<a>',
      '<a></b>',
      '<a></a ',
      '<a/><b/>',
      'x<a/>',
      '<a/>x',
      '<a x="1" x="2"/>',
      '<a x="1"y="2"/>',
      '<a x=1/>',
      '<a x="<"/>',
      '<a/ >',
      '< a/>',
      '<a>]]></a>',
      '<a>&bogus;</a>',
      '<a>&#0;</a>',
      '<a>& </a>',
      '<a>\u0001</a>',
      '</a>',
      ' <?xml version="1.0"?><a/>',
      '<a><!-- a -- b --></a>',
      '<a><!-- a ---></a>',
      '<a><!--></a>',
      '<a><!-- open</a>',
      '<a><!DOCTYPEx></a>',
    ]) {
      expect(fastTree(text), text).toBeNull();
      expect(saxesTree(text), text).toBeNull();
    }
  });

  it('never accepts what saxes refuses, and reads what it accepts into the same tree (random and damaged documents)', { timeout: 60_000 }, () => {
    // Mostly what the fast reader takes, some of what it must not (each once in a while).
    const names = fc.oneof({ weight: 9, arbitrary: fc.constantFrom('a', 'b', 'g:c', 'd.e-f', '_g', 'h1', 'xml') }, fc.constantFrom('ä', '1a', '-a', ''));
    const texts = fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom('', ' ', '\n  ', 'x', 'y z', '&amp;', '&lt;&gt;', '&quot;&apos;', '&amp;quot;', 'lt;', '&#10;', '&#x41;', '&#13;', '>', ']]', '"', "'", '\t', '\r\n', 'Ж 中') },
      fc.constantFrom('&#0;', '&bogus;', '&', '&#xD800;', ']]>', '🇧', '\uD800', '\u0001', '\uFFFE', '<!-- c -->', '<![CDATA[<x>]]>', '<?pi x?>', '<', '&#1114112;'),
    );
    const attributeValues = fc.array(texts, { maxLength: 3 }).map((parts) => parts.join(''));
    const attribute = fc.tuple(names, attributeValues, fc.constantFrom('"', "'"), fc.constantFrom('=', ' = ', '\n=\t'));
    // Names mostly unique (a repeated one is a mistake the damage below also makes).
    const attributes = fc
      .oneof({ weight: 4, arbitrary: fc.uniqueArray(attribute, { maxLength: 3, selector: ([name]) => name }) }, fc.array(attribute, { maxLength: 3 }))
      .map((list) => list.map(([name, value, quote, equals]) => ` ${name}${equals}${quote}${value}${quote}`));
    const { element } = fc.letrec<{ element: string; content: string }>((tie) => ({
      element: fc
        .tuple(names, attributes, fc.constantFrom('', ' ', '\n'), fc.option(tie('content'), { nil: null }))
        .map(([name, attributes, space, content]) => (content === null ? `<${name}${attributes.join('')}${space}/>` : `<${name}${attributes.join('')}${space}>${content}</${name}${space}>`)),
      content: fc.array(fc.oneof({ weight: 3, arbitrary: texts }, { weight: 2, arbitrary: tie('element') }), { maxLength: 4 }).map((parts) => parts.join('')),
    }));
    const prolog = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('', '\n', '<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n', "<?xml version='1.0' encoding='x'?>") },
      fc.constantFrom(' <?xml version="1.0"?>', '<?xml version="1.0" standalone="maybe"?>', '<?xml version="1.1"?>', '<?xml encoding="UTF-8"?>', '<!-- c -->'),
    );
    const epilog = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('', '\n', ' \n\t') }, fc.constantFrom(' x', '<b/>', '<!-- c -->', '&amp;', '</a>'));
    const documents = fc.tuple(prolog, element, epilog).map((parts) => parts.join(''));
    const damage = fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.constantFrom('', '<', '>', '/', '&', ';', '"', "'", '=', ' ', '!', '?', ']', '#', 'x', '</a>', '<a>'));
    const damaged = fc.tuple(documents, fc.option(damage, { nil: null, freq: 2 })).map(([text, hurt]) => {
      if (hurt === null) return text;
      const [at, cut, insert] = hurt;
      const i = at % (text.length + 1);
      return text.slice(0, i) + insert + text.slice(i + cut);
    });
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(damaged, (raw) => {
        runs++;
        const text = normalised(raw);
        const fast = fastTree(text);
        if (fast === null) return;
        accepted++;
        expect(fast).toEqual(saxesTree(text));
      }),
      { numRuns: 3000 },
    );
    // The comparison means something only if the fast reader takes a fair share of the documents.
    expect(accepted).toBeGreaterThan(runs / 10);
  });
});

describe('parseXml: the fast reader stepping aside late', () => {
  it('a GraphML file with a processing instruction after the root (saxes reads it) reads as the file without it, progress never going back', () => {
    const graph = generateGraph({ edges: 4000, seed: 3 });
    const text = FORMATS.graphml.write(graph, {})[0]!.text;
    expect(text.length).toBeGreaterThan(CHUNK_CHARS);
    const fractions: number[] = [];
    const withInstruction = FORMATS.graphml.read(`${text}<?kg written by hand?>\n`, 'g.graphml', (f) => fractions.push(f));
    expect(withInstruction.graph?.edges).toHaveLength(4000);
    expect(withInstruction).toEqual(FORMATS.graphml.read(text, 'g.graphml'));
    expect(fractions).toEqual([...fractions].sort((x, y) => x - y));
    expect(fractions.at(-1)).toBe(0.9);
  });

  it('an element after the root: the error saxes words, with its line and column', () => {
    const parsed = parseXml('<a>\n</a>\n<b/>');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatchObject({ message: 'An XML document has one root element; this one has a second, <b>.', line: 3, column: 1 });
  });
});
