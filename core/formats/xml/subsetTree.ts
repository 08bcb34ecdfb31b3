import type { Progress } from '../formatModule';
import { APOSTROPHE, BANG, EQUALS, GT, LINE_FEED, QUOTE, SLASH, SPACE, TAB } from './charCodes';
import { MAX_CHARACTER_REFERENCES, MAX_XML_DEPTH } from './limits';
import { isXmlCharacter, PREDEFINED_ENTITIES } from './references';
import { CHUNK_CHARS } from './saxTree';
import type { TreeBuilder } from './treeBuilder';
import { AttributeList } from './xmlTree';

const isWhiteSpace = (c: number) => c === SPACE || c === LINE_FEED || c === TAB;
/** XML name characters, ASCII only: letters, "_" and ":" start a name; digits, "." and "-" may follow. */
const STARTS_NAME = 1;
const CONTINUES_NAME = 2;
/** For each ASCII code: may it start a name, continue one (a table: names are read millions of times). */
const NAME_CHARACTERS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const starts = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58;
  NAME_CHARACTERS[c] = (starts ? STARTS_NAME | CONTINUES_NAME : 0) | ((c >= 48 && c <= 57) || c === 46 || c === 45 ? CONTINUES_NAME : 0);
}
// A code of 128 or more (a non-ASCII name), or NaN past the text's end, reads as undefined, and
// undefined & … is 0: neither.
const startsName = (c: number) => (NAME_CHARACTERS[c]! & STARTS_NAME) !== 0;
const continuesName = (c: number) => (NAME_CHARACTERS[c]! & CONTINUES_NAME) !== 0;
/** Slots of the reader's name cache (a graph file has a few dozen names). */
const NAME_SLOTS = 256;

/**
 * The one XML declaration this reader takes (at the very start): version 1.0, an optional encoding
 * name and standalone flag. Any other "<?" or "<!" (comments, CDATA, processing instructions) is
 * saxes' to read.
 */
const XML_DECLARATION =
  /<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(?:"1\.0"|'1\.0')(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(?:"[A-Za-z][\w.-]*"|'[A-Za-z][\w.-]*'))?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\n]*\?>/y;
const AMPERSANDS = /&(?:#([0-9]{1,8});|#x([0-9A-Fa-f]{1,6});|([A-Za-z]{2,4});)?/g;
/** An "&" that does not start one of the five predefined entities. */
const NOT_PREDEFINED = /&(?!(?:quot|apos|lt|gt|amp);)/;
/**
 * Characters XML 1.0 does not allow, any surrogate (a pair is allowed, but saxes checks pairs), and
 * "]]>", which text may not hold (an attribute value may; such a rare file is saxes' to read).
 */
// eslint-disable-next-line no-control-regex -- the control characters XML forbids are what it looks for
const DECLINED_ANYWHERE = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]|\]\]>/;
const WHITE_SPACE_ONLY = /^[ \t\n]*$/;
const LITERAL_WHITE_SPACE = /[\t\n]/g;

/**
 * `value` with its predefined entities decoded, when they are its only references: a native replace
 * for each entity it holds, not a callback for each reference (GEXF writes JSON values with a
 * "&quot;" for every quote: over a million callbacks in a 100k-relation file). "&amp;" goes last,
 * so the "&" it leaves never starts another entity ("&amp;lt;" is "&lt;", as in one pass).
 */
function withEntitiesDecoded(value: string): string {
  let out = value;
  if (out.includes('&quot;')) out = out.replaceAll('&quot;', '"');
  if (out.includes('&apos;')) out = out.replaceAll('&apos;', "'");
  if (out.includes('&lt;')) out = out.replaceAll('&lt;', '<');
  if (out.includes('&gt;')) out = out.replaceAll('&gt;', '>');
  if (out.includes('&amp;')) out = out.replaceAll('&amp;', '&');
  return out;
}

/** The first `search` at or after `from`, or the text's length. */
function indexOrEnd(text: string, search: string, from: number): number {
  const found = text.indexOf(search, from);
  return found < 0 ? text.length : found;
}

/** Thrown inside the reader where the text leaves the subset; caught once, at the top. */
class Decline {}
const DECLINE = new Decline();

/**
 * A fast reader for the XML that graph files are made of: indexOf to the next "<", a tight loop over
 * each tag, names and indentation made once, references decoded by native replaces. saxes' general state
 * machine reads a 100k-relation GraphML file about three times slower, and entity-heavy GEXF more.
 * It reads a strict subset of XML 1.0: elements with ASCII names, quoted attributes, text with the
 * five entities and character references, comments (yEd starts its files with one), and an XML
 * declaration at the start. Everything it reads it checks as saxes would (nesting and end tags, one
 * root, no text outside it, unique attributes, allowed characters, references, comments' "--", the
 * depth and reference caps); at anything else (CDATA, a processing instruction, a non-ASCII name, or
 * any mistake) it stops and answers false, and the
 * caller reads the text again with saxes, which then also words the error. It never accepts what
 * saxes would refuse: a property test compares them on random and damaged documents.
 *
 * `text` has its line ends normalised (parseXml does it). Returns true when the whole document was
 * read into `tree`.
 */
export function readSubset(text: string, tree: TreeBuilder, progress?: Progress): boolean {
  if (DECLINED_ANYWHERE.test(text)) return false;
  try {
    return new SubsetReader(text, tree, progress).read();
  } catch (e) {
    if (e === DECLINE) return false;
    throw e;
  }
}

class SubsetReader {
  /** Where the next "&" is at or after the reading position (text.length if none). */
  private nextAmpersand = -1;
  /** Where the next line feed and tab are at or after the attribute value being read (text.length if none). */
  private nextLineFeed = -1;
  private nextTab = -1;
  /** Where the next "<" is after the tag being read (text.length if none). */
  private nextLessThan = -1;
  /**
   * Element and attribute names met so far, each in the slot its length and first and last characters
   * choose (the last one read there): a name is made once, not once for each of a million tags.
   */
  private readonly names: (string | undefined)[] = new Array<string | undefined>(NAME_SLOTS).fill(undefined);
  /** "\n" and k spaces, the indentation between tags, made once for each k. */
  private readonly indents: string[] = [];
  private characterReferences = 0;
  private nextProgress = CHUNK_CHARS;

  constructor(
    private readonly text: string,
    private readonly tree: TreeBuilder,
    private readonly progress: Progress | undefined,
  ) {}

  read(): boolean {
    const { text, tree } = this;
    XML_DECLARATION.lastIndex = 0;
    let at = XML_DECLARATION.test(text) ? XML_DECLARATION.lastIndex : 0;
    while (at < text.length) {
      const lt = this.lessThanFrom(at);
      if (lt > at) this.readText(at, lt);
      if (lt === text.length) break;
      const next = text.charCodeAt(lt + 1);
      at = next === SLASH ? this.readEndTag(lt) : next === BANG ? this.skipComment(lt) : this.readElement(lt);
      if (at >= this.nextProgress) this.reportProgress(at);
    }
    if (tree.depth > 0 || tree.root === null) return false;
    this.progress?.(1);
    return true;
  }

  private reportProgress(at: number): void {
    while (at >= this.nextProgress && this.nextProgress < this.text.length) {
      this.progress?.(this.nextProgress / this.text.length);
      this.nextProgress += CHUNK_CHARS;
    }
  }

  private readText(start: number, end: number): void {
    if (this.tree.depth === 0) {
      // Outside the root only white space.
      if (!WHITE_SPACE_ONLY.test(this.text.slice(start, end))) throw DECLINE;
      return;
    }
    this.tree.text(this.indentation(start, end) ?? this.decoded(start, end));
  }

  /** The text if it is a line feed and spaces (between tags, most texts are), made once per length. */
  private indentation(start: number, end: number): string | undefined {
    const { text } = this;
    if (text.charCodeAt(start) !== LINE_FEED || end - start > 80) return undefined;
    for (let i = start + 1; i < end; i++) if (text.charCodeAt(i) !== SPACE) return undefined;
    return (this.indents[end - start - 1] ??= text.slice(start, end));
  }

  /** text[start, end) with its references decoded (each checked; the budget counted). */
  private decoded(start: number, end: number): string {
    const { text } = this;
    if (this.nextAmpersand < start) this.nextAmpersand = indexOrEnd(text, '&', start);
    if (this.nextAmpersand >= end) return text.slice(start, end);
    const value = this.withReferencesDecoded(text.slice(start, end));
    this.nextAmpersand = indexOrEnd(text, '&', end);
    return value;
  }

  /** Every "&" is matched: by a reference, or alone (which declines). */
  private withReferencesDecoded(value: string): string {
    if (!NOT_PREDEFINED.test(value)) return withEntitiesDecoded(value);
    return value.replace(AMPERSANDS, (_whole, decimal?: string, hex?: string, name?: string) => this.referenced(decimal, hex, name));
  }

  private referenced(decimal: string | undefined, hex: string | undefined, name: string | undefined): string {
    if (decimal === undefined && hex === undefined && name === undefined) throw DECLINE; // "&" alone
    if (name !== undefined) {
      const entity = PREDEFINED_ENTITIES.get(name);
      if (entity === undefined) throw DECLINE;
      return entity;
    }
    if (++this.characterReferences > MAX_CHARACTER_REFERENCES) throw DECLINE;
    const codePoint = decimal !== undefined ? parseInt(decimal, 10) : parseInt(hex!, 16);
    if (!isXmlCharacter(codePoint)) throw DECLINE;
    return String.fromCodePoint(codePoint);
  }

  /** The name at `at` (ASCII only: the fast reader's subset), from the cache when it was read before. */
  private readName(at: number): string {
    const { text } = this;
    const first = text.charCodeAt(at);
    if (!startsName(first)) throw DECLINE; // "<!", "<?", a non-ASCII name, or a stray "<"
    let end = at + 1;
    while (continuesName(text.charCodeAt(end))) end++;
    const length = end - at;
    const slot = (first * 7 + length * 31 + text.charCodeAt(end - 1)) & (NAME_SLOTS - 1);
    const known = this.names[slot];
    if (known !== undefined && known.length === length && text.startsWith(known, at)) return known;
    const name = text.slice(at, end);
    this.names[slot] = name;
    return name;
  }

  /** The element starting at lt, taken whole by the stream where it can (XmlStream.readAt); returns the offset after what was read. */
  private readElement(lt: number): number {
    const end = this.tree.readAt(this.text, lt);
    return end < 0 ? this.readStartTag(lt) : end;
  }

  /** "<name attributes>" or "<name attributes/>" at lt; returns the offset after it. */
  private readStartTag(lt: number): number {
    const { text, tree } = this;
    const name = this.readName(lt + 1);
    let flat: string[] | null = null;
    let at = lt + 1 + name.length;
    for (;;) {
      const before = at;
      let c = text.charCodeAt(at);
      while (isWhiteSpace(c)) c = text.charCodeAt(++at);
      if (c === GT || (c === SLASH && text.charCodeAt(at + 1) === GT)) {
        if (tree.depth + 1 > MAX_XML_DEPTH) throw DECLINE;
        // false: a second root
        if (!tree.open(name, flat === null ? AttributeList.EMPTY : new AttributeList(flat), c === SLASH)) throw DECLINE;
        return c === GT ? at + 1 : at + 2;
      }
      if (at === before) throw DECLINE; // attributes are separated by white space
      const attribute = this.readName(at);
      at += attribute.length;
      c = text.charCodeAt(at);
      while (isWhiteSpace(c)) c = text.charCodeAt(++at);
      if (c !== EQUALS) throw DECLINE;
      c = text.charCodeAt(++at);
      while (isWhiteSpace(c)) c = text.charCodeAt(++at);
      if (c !== QUOTE && c !== APOSTROPHE) throw DECLINE;
      const valueStart = at + 1;
      const valueEnd = text.indexOf(c === QUOTE ? '"' : "'", valueStart);
      if (valueEnd < 0 || this.lessThanFrom(valueStart) < valueEnd) throw DECLINE; // no "<" in a value
      flat ??= [];
      for (let i = 0; i < flat.length; i += 2) if (flat[i] === attribute) throw DECLINE;
      flat.push(attribute, this.attributeValue(valueStart, valueEnd));
      at = valueEnd + 1;
    }
  }

  /** The first "<" at or after `from` (from only grows). */
  private lessThanFrom(from: number): number {
    if (this.nextLessThan < from) this.nextLessThan = indexOrEnd(this.text, '<', from);
    return this.nextLessThan;
  }

  /** XML 1.0 §3.3.3: each literal tab or line feed becomes a space, then references are decoded. */
  private attributeValue(start: number, end: number): string {
    const { text } = this;
    // indexOf, not a loop over the value's characters: each tag sits on a line of its own, so one
    // search finds the line's end for all its attributes.
    if (this.nextLineFeed < start) this.nextLineFeed = indexOrEnd(text, '\n', start);
    if (this.nextTab < start) this.nextTab = indexOrEnd(text, '\t', start);
    if (this.nextLineFeed >= end && this.nextTab >= end) return this.decoded(start, end);
    // Rare: a normalised copy, its references decoded.
    return this.withReferencesDecoded(text.slice(start, end).replace(LITERAL_WHITE_SPACE, ' '));
  }

  /** "<!-- … -->" at lt (any other "<!" is saxes'); returns the offset after it. Comments are not kept. */
  private skipComment(lt: number): number {
    const { text } = this;
    if (!text.startsWith('<!--', lt)) throw DECLINE;
    // XML 1.0 §2.5: "--" may not occur inside a comment, so the first one must be its end.
    const close = text.indexOf('--', lt + 4);
    if (close < 0 || text.charCodeAt(close + 2) !== GT) throw DECLINE;
    return close + 3;
  }

  /** "</name>" at lt, closing the innermost open element; returns the offset after it. */
  private readEndTag(lt: number): number {
    const { text, tree } = this;
    const name = tree.topName();
    if (name === undefined || !text.startsWith(name, lt + 2)) throw DECLINE;
    let at = lt + 2 + name.length;
    let c = text.charCodeAt(at);
    while (isWhiteSpace(c)) c = text.charCodeAt(++at);
    if (c !== GT) throw DECLINE;
    tree.close();
    return at + 1;
  }
}

