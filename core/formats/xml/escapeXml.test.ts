import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeText, hasNonXmlCharacters, quotedAttribute, toXmlCharacters } from './escapeXml';
import { parseXml } from './parseXml';
import { ownText } from './xmlTree';

function readBack(text: string, attribute: string): { text: string; attribute: string; quoted: string } {
  const parsed = parseXml(`<a v="${escapeAttribute(attribute)}" w=${quotedAttribute(attribute)}>${escapeText(text)}</a>`);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return { text: ownText(parsed.value), attribute: parsed.value.attributes.get('v')!, quoted: parsed.value.attributes.get('w')! };
}

describe('escapeXml', () => {
  it('escapes markup, and tab, line feed and carriage return in attributes', () => {
    expect(escapeAttribute('a<b>&"\'\t\n\r')).toBe('a&lt;b&gt;&amp;&quot;\'&#9;&#10;&#13;');
    expect(escapeText('a<b>&"\t\n\r]]>')).toBe('a&lt;b&gt;&amp;"\t\n&#13;]]&gt;');
  });

  it('writes a value holding quotation marks and no apostrophe in apostrophes, its quotation marks as they are', () => {
    expect(quotedAttribute('[{"quote":"a < b & c"}]')).toBe(`'[{"quote":"a &lt; b &amp; c"}]'`);
    expect(quotedAttribute(`say "it's"`)).toBe(`"say &quot;it's&quot;"`);
    expect(quotedAttribute("it's\t")).toBe(`"it's&#9;"`);
    expect(quotedAttribute('plain')).toBe('"plain"');
  });

  it('writes characters XML 1.0 cannot carry as U+FFFD, one UTF-16 unit each', () => {
    const bad = 'a\u0000b\u0001\u000B\u000C\u001F\uFFFE\uFFFF\uD800x\uDC00';
    expect(hasNonXmlCharacters(bad)).toBe(true);
    expect(toXmlCharacters(bad)).toBe('a\uFFFDb\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFDx\uFFFD');
    expect(toXmlCharacters(bad)).toHaveLength(bad.length);
    expect(hasNonXmlCharacters('\t\n\r \u0085\uFFFD🇧🇾')).toBe(false);
  });

  it('any string reads back as written, or with U+FFFD where XML cannot carry a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (text, attribute) => {
        const expected = toXmlCharacters(attribute);
        expect(readBack(text, attribute)).toEqual({ text: toXmlCharacters(text), attribute: expected, quoted: expected });
      }),
      { numRuns: 300 },
    );
    // Values made of what decides the delimiters and the escapes (binary strings seldom hold them).
    const markup = fc.array(fc.constantFrom('"', "'", '&', '<', '>', 'x', ' ', '\t', '\n', '\r', '[', '{', ':', '&quot;'), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(markup, (attribute) => {
        expect(readBack('', attribute)).toEqual({ text: '', attribute, quoted: attribute });
      }),
      { numRuns: 500 },
    );
  });
});
