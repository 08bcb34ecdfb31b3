/**
 * The element tree the XML reader hands to the GraphML and GEXF readers: names, attributes and text
 * as plain data. Attributes live in a Map, so a name such as "__proto__" is a key like any other.
 */
export interface XmlElement {
  /** The qualified name as written ("viz:color", "node"). */
  readonly name: string;
  /** Attribute values, references decoded and whitespace normalised as XML 1.0 prescribes. */
  readonly attributes: ReadonlyMap<string, string>;
  /** Child elements and text (references decoded; CDATA sections as written). */
  readonly children: readonly XmlNode[];
}

export type XmlNode = XmlElement | string;

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
