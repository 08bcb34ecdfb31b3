import type { Progress } from '../formatModule';
import { MAX_CHARACTER_REFERENCES, MAX_XML_DEPTH } from './limits';
import { isXmlCharacter, PREDEFINED_ENTITIES } from './references';
import { CHUNK_CHARS } from './saxTree';
import type { TreeBuilder } from './treeBuilder';

const GT = 62;
const SLASH = 47;
const SPACE = 32;
const TAB = 9;
const LINE_FEED = 10;

/**
 * The one XML declaration this reader takes (at the very start): version 1.0, an optional encoding
 * name and standalone flag. Any other "<?" or "<!" (comments, CDATA, processing instructions) is
 * saxes' to read.
 */
const XML_DECLARATION =
  /<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(?:"1\.0"|'1\.0')(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(?:"[A-Za-z][\w.-]*"|'[A-Za-z][\w.-]*'))?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\n]*\?>/y;
/** ASCII names only; a name with any other character is saxes' to judge. */
const NAME = /[A-Za-z_:][\w.:-]*/y;
const ATTRIBUTE = /[ \t\n]+([A-Za-z_:][\w.:-]*)[ \t\n]*=[ \t\n]*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_END = /[ \t\n]*(\/?)>/y;
const REFERENCE = /&(?:#([0-9]{1,8})|#x([0-9A-Fa-f]{1,6})|([A-Za-z]{2,4}));/y;
/**
 * Characters XML 1.0 does not allow, any surrogate (a pair is allowed, but saxes checks pairs), and
 * "]]>", which text may not hold (an attribute value may; such a rare file is saxes' to read).
 */
// eslint-disable-next-line no-control-regex -- the control characters XML forbids are what it looks for
const DECLINED_ANYWHERE = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]|\]\]>/;
const WHITE_SPACE_ONLY = /^[ \t\n]*$/;
const LITERAL_WHITE_SPACE = /[\t\n]/g;

/** Thrown inside the reader where the text leaves the subset; caught once, at the top. */
class Decline {}
const DECLINE = new Decline();

/**
 * A fast reader for the XML that graph files are made of, built on indexOf and sticky regular
 * expressions instead of saxes' character-by-character state machine (three to ten times faster on
 * a 100k-relation file; entity-heavy GEXF most). It reads a strict subset of XML 1.0: elements with
 * ASCII names, quoted attributes, text with the five entities and character references, and an XML
 * declaration at the start. Everything it reads it checks as saxes would (nesting and end tags,
 * one root, no text outside it, unique attributes, allowed characters, references, the depth and
 * reference caps); at anything else (a comment, CDATA, a processing instruction, a non-ASCII name, or
 * any mistake) it stops and answers false, and the caller reads the text again with saxes, which
 * then also words the error. It never accepts what saxes would refuse: a property test compares them.
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
      const lt = text.indexOf('<', at);
      const textEnd = lt < 0 ? text.length : lt;
      if (textEnd > at) this.readText(at, textEnd);
      if (lt < 0) break;
      at = text.charCodeAt(lt + 1) === SLASH ? this.readEndTag(lt) : this.readStartTag(lt);
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
    this.tree.text(this.decoded(start, end));
  }

  /** text[start, end) with its references decoded (each checked; the budget counted). */
  private decoded(start: number, end: number): string {
    const { text } = this;
    if (this.nextAmpersand < start) {
      const found = text.indexOf('&', start);
      this.nextAmpersand = found < 0 ? text.length : found;
    }
    if (this.nextAmpersand >= end) return text.slice(start, end);
    let out = '';
    let from = start;
    let amp = this.nextAmpersand;
    while (amp >= 0 && amp < end) {
      out += text.slice(from, amp);
      REFERENCE.lastIndex = amp;
      const match = REFERENCE.exec(text);
      if (!match || REFERENCE.lastIndex > end) throw DECLINE;
      out += this.referenced(match);
      from = REFERENCE.lastIndex;
      amp = text.indexOf('&', from);
    }
    this.nextAmpersand = amp < 0 ? text.length : amp;
    return out + text.slice(from, end);
  }

  private referenced([, decimal, hex, name]: RegExpExecArray): string {
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

  /** "<name attributes>" or "<name attributes/>" at lt; returns the offset after it. */
  private readStartTag(lt: number): number {
    const { text, tree } = this;
    NAME.lastIndex = lt + 1;
    if (!NAME.test(text)) throw DECLINE; // "<!", "<?", a non-ASCII name, or a stray "<"
    const name = text.slice(lt + 1, NAME.lastIndex);
    const attributes = new Map<string, string>();
    let at = NAME.lastIndex;
    for (;;) {
      ATTRIBUTE.lastIndex = at;
      const match = ATTRIBUTE.exec(text);
      if (!match) break;
      const attribute = match[1]!;
      if (attributes.has(attribute)) throw DECLINE;
      const double = match[2] !== undefined;
      const valueEnd = ATTRIBUTE.lastIndex - 1;
      const valueStart = valueEnd - (double ? match[2]! : match[3]!).length;
      attributes.set(attribute, this.attributeValue(valueStart, valueEnd));
      at = ATTRIBUTE.lastIndex;
    }
    TAG_END.lastIndex = at;
    const end = TAG_END.exec(text);
    if (!end) throw DECLINE;
    if (tree.depth + 1 > MAX_XML_DEPTH) throw DECLINE;
    if (!tree.open(name, attributes, end[1] === '/')) throw DECLINE; // a second root
    return TAG_END.lastIndex;
  }

  /** XML 1.0 §3.3.3: each literal tab or line feed becomes a space, then references are decoded. */
  private attributeValue(start: number, end: number): string {
    const { text } = this;
    let plain = true;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === TAB || c === LINE_FEED) {
        plain = false;
        break;
      }
    }
    if (plain) return this.decoded(start, end);
    // Rare: normalise a copy, then decode its references the same way.
    const normalised = text.slice(start, end).replace(LITERAL_WHITE_SPACE, ' ');
    return new SubsetReader(normalised, this.tree, undefined).decodedWhole(this);
  }

  /** The whole text decoded, counting its character references into `owner`'s budget. */
  private decodedWhole(owner: SubsetReader): string {
    this.characterReferences = owner.characterReferences;
    const value = this.decoded(0, this.text.length);
    owner.characterReferences = this.characterReferences;
    return value;
  }

  /** "</name>" at lt, closing the innermost open element; returns the offset after it. */
  private readEndTag(lt: number): number {
    const { text, tree } = this;
    const name = tree.topName();
    if (name === undefined || !text.startsWith(name, lt + 2)) throw DECLINE;
    let at = lt + 2 + name.length;
    let c = text.charCodeAt(at);
    while (c === SPACE || c === TAB || c === LINE_FEED) c = text.charCodeAt(++at);
    if (c !== GT) throw DECLINE;
    tree.close();
    return at + 1;
  }
}

