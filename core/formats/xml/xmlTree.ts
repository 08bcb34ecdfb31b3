/**
 * The element tree the XML reader hands to the GraphML and GEXF readers: names, attributes and text
 * as plain data. Attributes are looked up by name in a Map or a flat list, never as object keys, so a
 * name such as "__proto__" is a name like any other.
 */
export interface XmlElement {
  /** The qualified name as written ("viz:color", "node"). */
  readonly name: string;
  /** Attribute values, references decoded and whitespace normalised as XML 1.0 prescribes. */
  readonly attributes: XmlAttributes;
  /** Child elements and text (references decoded; CDATA sections as written). */
  readonly children: readonly XmlNode[];
}

export type XmlNode = XmlElement | string;

/** An element's attributes by name, in document order: a Map, or the fast reader's lighter list. */
export interface XmlAttributes extends Iterable<readonly [string, string]> {
  get(name: string): string | undefined;
  has(name: string): boolean;
}

/**
 * Attributes as a flat [name, value, name, value, …] list: an element has a few, and a Map for each
 * of a million elements was a good part of a big file's garbage. Names are unique (the reader checks).
 */
export class AttributeList implements XmlAttributes {
  static readonly EMPTY = new AttributeList([]);

  constructor(private readonly flat: readonly string[]) {}

  get(name: string): string | undefined {
    for (let i = 0; i < this.flat.length; i += 2) if (this.flat[i] === name) return this.flat[i + 1];
    return undefined;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  *[Symbol.iterator](): IterableIterator<readonly [string, string]> {
    for (let i = 0; i < this.flat.length; i += 2) yield [this.flat[i]!, this.flat[i + 1]!];
  }
}

/** "viz:color" → "color". GraphML and GEXF never use one local name in two namespaces. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string');
}

/** Child elements with this local name, in document order. (Loops: readers call these per element.) */
export function childrenNamed(element: XmlElement, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of element.children) if (typeof child !== 'string' && localName(child.name) === local) out.push(child);
  return out;
}

export function firstChildNamed(element: XmlElement, local: string): XmlElement | null {
  return childrenNamed(element, local)[0] ?? null;
}

/** The element's own text (child elements' text is not included). */
export function ownText(element: XmlElement): string {
  let text = '';
  for (const child of element.children) if (typeof child === 'string') text += child;
  return text;
}

export function attributeOf(element: XmlElement, name: string): string | null {
  return element.attributes.get(name) ?? null;
}
