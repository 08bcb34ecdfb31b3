import type { XmlAttributes, XmlElement, XmlNode } from './xmlTree';

/**
 * Hands each element closing at `depth` (the root is 1) to `onElement` with its whole subtree and
 * its open ancestors (root first). Unless it answers true, the element is then dropped from the tree:
 * a reader takes what it needs from each node and edge as it comes, and a file of a hundred thousand
 * relations is never held as a tree (holding it took most of the reading time, in garbage collection).
 */
export interface XmlStream {
  readonly depth: number;
  readonly onElement: (element: XmlElement, ancestors: readonly XmlElement[]) => boolean;
  /**
   * Offered first, by the fast reader only, each element that starts at `depth` (its "<" at `lt`):
   * a reader may take it straight from the text, as if onElement had taken it and answered false,
   * and return the offset after it; -1 leaves it to be read as usual. The text is the fast reader's
   * (see MarkupCursor), and what it takes must be well-formed XML.
   */
  readonly readAt?: (text: string, lt: number, ancestors: readonly XmlElement[]) => number;
}

interface OpenElement {
  readonly name: string;
  readonly attributes: XmlAttributes;
  readonly children: XmlNode[];
}

/**
 * The element tree as a parser's events arrive: both the fast reader (subsetTree.ts) and saxes
 * (saxTree.ts) drive one, so the tree and what a stream is handed are the same whichever read.
 */
export class TreeBuilder {
  private readonly stack: OpenElement[] = [];
  private rootElement: OpenElement | null = null;

  constructor(private readonly stream: XmlStream | undefined) {}

  get root(): XmlElement | null {
    return this.rootElement;
  }

  /** How many elements are open. */
  get depth(): number {
    return this.stack.length;
  }

  openNames(): string[] {
    return this.stack.map((e) => e.name);
  }

  topName(): string | undefined {
    return this.stack[this.stack.length - 1]?.name;
  }

  /** The offset after the element at `lt` when the stream took it from the text (XmlStream.readAt), or -1. */
  readAt(text: string, lt: number): number {
    const stream = this.stream;
    return stream?.readAt && this.stack.length + 1 === stream.depth ? stream.readAt(text, lt, this.stack) : -1;
  }

  /** false when the element would be a second root (nothing changes then). */
  open(name: string, attributes: XmlAttributes, selfClosing: boolean): boolean {
    const element: OpenElement = { name, attributes, children: [] };
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.children.push(element);
    else if (this.rootElement) return false;
    else this.rootElement = element;
    if (selfClosing) this.closed(element);
    else this.stack.push(element);
    return true;
  }

  /** Closes the innermost open element. */
  close(): void {
    const element = this.stack.pop();
    if (element) this.closed(element);
  }

  text(value: string): void {
    this.stack[this.stack.length - 1]?.children.push(value);
  }

  private closed(element: OpenElement): void {
    // An element is its parent's last child until it closes: its own content went into it.
    const stream = this.stream;
    if (stream && this.stack.length + 1 === stream.depth && !stream.onElement(element, this.stack)) {
      this.stack[this.stack.length - 1]!.children.pop();
    }
  }
}
