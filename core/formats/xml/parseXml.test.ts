import { describe, expect, it } from 'vitest';
import { reportError } from '../report';
import { MAX_CHARACTER_REFERENCES, MAX_XML_DEPTH } from './limits';
import { DECLARATION_REFUSED, parseXml } from './parseXml';
import { depthMessage, referenceBudgetMessage } from './scanMarkup';
import { childElements, ownText, type XmlElement } from './xmlTree';

function root(text: string): XmlElement {
  const result = parseXml(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function refusal(text: string) {
  const result = parseXml(text);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('parseXml: reading', () => {
  it('keeps text exactly, decodes references and CDATA, normalises attribute whitespace', () => {
    const doc = root('<?xml version="1.0"?>\r\n<a x="1\t2\n3 &#9;&#10;&#13;&amp;&lt;&quot;&apos;&#x1F1E7;"><b> </b><c>x &amp; y&#13;\r\nz<![CDATA[<&amp;>]]></c><d/></a>');
    expect(doc.name).toBe('a');
    expect(doc.attributes.get('x')).toBe('1 2 3 \t\n\r&<"\'\u{1F1E7}');
    const [b, c, d] = childElements(doc);
    expect(ownText(b!)).toBe(' ');
    expect(ownText(c!)).toBe('x & y\r\nz<&amp;>');
    expect(d!.children).toEqual([]);
  });

  it('keeps prefixes in names (namespaces are matched by local name by the readers)', () => {
    const doc = root('<g:a xmlns:g="urn:x"><g:b g:c="1"/></g:a>');
    expect(doc.name).toBe('g:a');
    expect(childElements(doc)[0]!.attributes.get('g:c')).toBe('1');
  });
});

describe('parseXml: hostile and broken input', () => {
  it('refuses a DOCTYPE before parsing', () => {
    const error = refusal('<?xml version="1.0"?>\n<!DOCTYPE graphml SYSTEM "file:///etc/passwd">\n<graphml/>');
    expect(error).toEqual(reportError(DECLARATION_REFUSED, { line: 2, column: 1 }));
    expect(error.message).toBe('XML with a DOCTYPE or entity declarations is refused (no external entity is ever read)');
  });

  it('refuses entity declarations (billion laughs) without expanding anything', () => {
    const laughs = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE lolz [',
      ' <!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
      ']>',
      '<lolz>&lol9;</lolz>',
    ].join('\n');
    expect(refusal(laughs)).toEqual(reportError(DECLARATION_REFUSED, { line: 2, column: 1 }));
    // An entity declaration on its own (no DOCTYPE keyword) is refused too.
    expect(refusal('<a/>\n<!ENTITY x SYSTEM "http://example.org/x">').message).toBe(DECLARATION_REFUSED);
  });

  it('refuses a declaration wherever it stands, in any case, but reads one a comment only mentions', () => {
    for (const text of ['<a><!DOCTYPE a></a>', '<a>\n  <b/>\n  <!ENTITY x "y">\n</a>', '<!doctype a>\n<a/>', '<a/><!Entity x "y">']) {
      expect(refusal(text).message, text).toBe(DECLARATION_REFUSED);
    }
    const mentioned = parseXml('<a><!-- no <!DOCTYPE here --><b/></a>');
    expect(mentioned.ok && mentioned.value.children).toEqual([{ name: 'b', attributes: expect.anything() as unknown, children: [] }]);
  });

  it('refuses a 5 MB flood of numeric character references quickly, and reads one under the budget', { timeout: 30_000 }, () => {
    const count = 1_048_576; // "&#65;" is 5 bytes: 5 MB
    const flood = `<a>${'&#65;'.repeat(count)}</a>`;
    let started = performance.now();
    const error = refusal(flood);
    const refusedMs = performance.now() - started;
    expect(error.message).toBe(referenceBudgetMessage);
    expect(error.message).toBe(
      'The file holds more than 1,000,000 character references (&#…;); it is refused so that reading it cannot take unbounded time.',
    );
    // Right after the last allowed reference: line 1, column 4 + 5 × budget.
    expect(error).toMatchObject({ line: 1, column: 4 + 5 * MAX_CHARACTER_REFERENCES });

    const half = `<a b="${'&#66;'.repeat(1000)}">${'&#65;'.repeat(500_000)}</a>`;
    started = performance.now();
    const doc = root(half);
    const readMs = performance.now() - started;
    expect(ownText(doc)).toBe('A'.repeat(500_000));
    expect(doc.attributes.get('b')).toBe('B'.repeat(1000));
    console.log(`5 MB reference flood refused in ${refusedMs.toFixed(0)} ms; 2.5 MB (500,000 references) read in ${readMs.toFixed(0)} ms`);
  });

  it('keeps __proto__, constructor and prototype as plain names and values', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const doc = root(
      '<__proto__ __proto__="p" constructor="c" prototype="q" toString="t"><constructor>__proto__</constructor><prototype hasOwnProperty="h"/><toString/></__proto__>',
    );
    expect(doc.name).toBe('__proto__');
    expect([...doc.attributes]).toEqual([
      ['__proto__', 'p'],
      ['constructor', 'c'],
      ['prototype', 'q'],
      ['toString', 't'],
    ]);
    expect(childElements(doc).map((e) => e.name)).toEqual(['constructor', 'prototype', 'toString']);
    expect(ownText(childElements(doc)[0]!)).toBe('__proto__');
    expect(childElements(doc)[1]!.attributes.get('hasOwnProperty')).toBe('h');
    // Object.prototype is untouched: same own properties, and a fresh object inherits nothing new.
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>)['p']).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(({} as { constructor: unknown }).constructor).toBe(Object);
  });

  it(`refuses nesting deeper than ${MAX_XML_DEPTH} levels, naming where`, { timeout: 30_000 }, () => {
    const deep = `<a>\n${'<b>'.repeat(MAX_XML_DEPTH)}${'</b>'.repeat(MAX_XML_DEPTH)}\n</a>`;
    expect(refusal(deep)).toEqual(reportError(depthMessage, { line: 2, column: 1 + 3 * (MAX_XML_DEPTH - 1) }));
    expect(depthMessage).toBe('Elements nest deeper than 100 levels; a graph file never does.');
    // Exactly at the cap is fine, and an empty element counts as a level.
    expect(parseXml(`${'<b>'.repeat(MAX_XML_DEPTH - 1)}<c/>${'</b>'.repeat(MAX_XML_DEPTH - 1)}`).ok).toBe(true);
    expect(parseXml(`${'<b>'.repeat(MAX_XML_DEPTH)}<c/>${'</b>'.repeat(MAX_XML_DEPTH)}`).ok).toBe(false);
    // A million levels is refused without exhausting the stack.
    expect(refusal(`${'<b>'.repeat(1_000_000)}${'</b>'.repeat(1_000_000)}`).message).toBe(depthMessage);
  });

  it('names line and column of a truncated file', () => {
    const truncated = '<?xml version="1.0"?>\n<graphml>\n  <graph>\n    <node id="a"/>\n    <node id="b">';
    expect(refusal(truncated)).toEqual(
      reportError('The file ends before <node> is closed (still open: <graphml> <graph> <node>); it may be cut off.', { line: 5, column: 18 }),
    );
    expect(refusal('<graphml>\n<graph>\n</graph>\n')).toEqual(
      reportError('The file ends before <graphml> is closed (still open: <graphml>); it may be cut off.', { line: 4, column: 1 }),
    );
    expect(refusal('<graphml>\n  <node id="a')).toEqual(reportError('The file ends inside the tag <node…; it may be cut off.', { line: 2, column: 14 }));
    expect(refusal('<graphml>\n  <graph></gra')).toEqual(reportError('The file ends inside the tag <gra…; it may be cut off.', { line: 2, column: 15 }));
  });

  it('names line and column of other malformed XML', () => {
    expect(refusal('<a>\n  <b></c>\n</a>')).toEqual(
      reportError('Not well-formed XML: found </c> where </b> was expected.', { line: 2, column: 6 }),
    );
    expect(refusal('<a>\n x & y</a>')).toEqual(reportError('A "&" that does not start a reference; write it as &amp;.', { line: 2, column: 4 }));
    expect(refusal('<a>\n<b c=1/></a>')).toEqual(reportError('Not well-formed XML: Unquoted attribute value.', { line: 2, column: 6 }));
    expect(refusal('<a b="1" b="2"/>')).toEqual(reportError('Not well-formed XML: Duplicate attribute: b.', { line: 1, column: 16 }));
    expect(refusal('<a/>\ntail')).toEqual(reportError('Not well-formed XML: Text data outside of root node.', { line: 2, column: 4 }));
    expect(refusal('<a><1b/></a>')).toEqual(reportError('Not well-formed XML: Disallowed character in tag name', { line: 1, column: 5 }));
    expect(refusal('')).toEqual(reportError('The file is empty: expected XML.'));
  });

  it('refuses unknown entities, bare ampersands in attributes and references to characters XML forbids', () => {
    expect(refusal('<a>\n&nbsp;</a>')).toEqual(
      reportError('Unknown entity &nbsp; (without a DOCTYPE, XML defines only &amp; &lt; &gt; &quot; &apos;).', { line: 2, column: 1 }),
    );
    expect(refusal('<a b="x & y"/>')).toEqual(reportError('A "&" that does not start a reference; write it as &amp;.', { line: 1, column: 9 }));
    expect(refusal('<a>&#1;</a>')).toEqual(reportError('The character reference &#1; names a character XML 1.0 does not allow.', { line: 1, column: 4 }));
    expect(refusal('<a>&#xD800;</a>').message).toBe('The character reference &#xD800; names a character XML 1.0 does not allow.');
  });

  it('refuses more than one root element', () => {
    expect(refusal('<a/><b/>')).toEqual(reportError('An XML document has one root element; this one has a second, <b>.', { line: 1, column: 5 }));
    expect(refusal('<a/>\n<b>text</b>')).toEqual(reportError('An XML document has one root element; this one has a second, <b>.', { line: 2, column: 1 }));
  });
});
