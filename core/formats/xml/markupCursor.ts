import { APOSTROPHE, LINE_FEED, QUOTE, SPACE, TAB } from './charCodes';

/** The first `search` at or after `from`, or the text's length. */
function indexOrEnd(text: string, search: string, from: number): number {
  const found = text.indexOf(search, from);
  return found < 0 ? text.length : found;
}

/** An <edge> a text-level direct path read (GraphML's or GEXF's): its own id and ends, its relation, and where its markup ends. */
export interface AppEdgeText {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly relation: Record<string, unknown>;
  readonly end: number;
}

/**
 * A reading position for the readers' text-level direct paths (XmlStream.readAt): they read an
 * element exactly as this app's writers make it, and step aside at anything else, so the general
 * reader reads it. Each method takes what it expects and answers false or null otherwise.
 *
 * The text is the fast reader's (subsetTree.ts): line ends normalised, no character XML forbids, no
 * "]]>". So what these accept is well-formed: a value with a reference, a tab or a line feed (which
 * the reader would decode or make a space) is not taken, nor text with a reference.
 *
 * One cursor serves a whole read, and only moves forward: it keeps where the next "<", "&", tab and
 * line feed are, each found once per line or tag, not searched for in every value.
 */
export class MarkupCursor {
  at = 0;
  /** The id and ends of the edge edgeStart last took. */
  edgeId = '';
  edgeSource = '';
  edgeTarget = '';
  private nextLessThan = -1;
  private nextAmpersand = -1;
  private nextTab = -1;
  private nextLineFeed = -1;

  constructor(readonly text: string) {}

  /** Takes `literal` when the text holds it at the cursor. */
  take(literal: string): boolean {
    if (!this.text.startsWith(literal, this.at)) return false;
    this.at += literal.length;
    return true;
  }

  /**
   * Takes what the sticky `pattern` matches at the cursor: markup whose values need no reading, in
   * one native match. The pattern must match only well-formed markup.
   */
  takeMatch(pattern: RegExp): boolean {
    pattern.lastIndex = this.at;
    if (!pattern.test(this.text)) return false;
    this.at = pattern.lastIndex;
    return true;
  }

  /** Skips white space: the indentation between tags. */
  skipSpace(): void {
    const { text } = this;
    let c = text.charCodeAt(this.at);
    while (c === SPACE || c === LINE_FEED || c === TAB) c = text.charCodeAt(++this.at);
  }

  /**
   * A quoted attribute value at the cursor ("…" or '…') that is its own value: no reference, tab,
   * line feed or "<" in it. null for anything else.
   */
  quoted(): string | null {
    const { text } = this;
    const quote = text.charCodeAt(this.at);
    if (quote !== QUOTE && quote !== APOSTROPHE) return null;
    const start = this.at + 1;
    const end = text.indexOf(quote === QUOTE ? '"' : "'", start);
    if (end < 0 || this.lessThanFrom(start) < end || this.ampersandFrom(start) < end) return null;
    if (this.nextLineFeed < start) this.nextLineFeed = indexOrEnd(text, '\n', start);
    if (this.nextTab < start) this.nextTab = indexOrEnd(text, '\t', start);
    if (this.nextLineFeed < end || this.nextTab < end) return null;
    this.at = end + 1;
    return text.slice(start, end);
  }

  /**
   * Takes `<edge id="…" source="…" target="…"` at `lt`, as both XML writers begin an edge, into
   * edgeId, edgeSource and edgeTarget (fields, not an object for each of 100k edges); false for
   * anything else.
   */
  edgeStart(lt: number): boolean {
    this.at = lt;
    if (!this.take('<edge id=')) return false;
    const id = this.quoted();
    if (id === null || !this.take(' source=')) return false;
    const source = this.quoted();
    if (source === null || !this.take(' target=')) return false;
    const target = this.quoted();
    if (target === null) return false;
    this.edgeId = id;
    this.edgeSource = source;
    this.edgeTarget = target;
    return true;
  }

  /** Text up to the next tag, when it holds no reference (the text's end is no tag: null). */
  textToTag(): string | null {
    const start = this.at;
    const end = this.lessThanFrom(start);
    if (end === this.text.length || this.ampersandFrom(start) < end) return null;
    this.at = end;
    return this.text.slice(start, end);
  }

  private lessThanFrom(from: number): number {
    if (this.nextLessThan < from) this.nextLessThan = indexOrEnd(this.text, '<', from);
    return this.nextLessThan;
  }

  private ampersandFrom(from: number): number {
    if (this.nextAmpersand < from) this.nextAmpersand = indexOrEnd(this.text, '&', from);
    return this.nextAmpersand;
  }
}
