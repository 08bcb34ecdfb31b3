import type { FlatType, FlatValue } from '../flatAttributes';
import type { FindingSink, Findings } from '../xml/findings';
import { flatTypeOfDeclared, readTypedValue } from '../xml/typedValues';
import { attributeOf, childrenNamed, firstChildNamed, ownText, type XmlElement } from '../xml/xmlTree';

export interface GexfAttribute {
  readonly id: string;
  readonly title: string;
  readonly type: FlatType;
  readonly fallback: FlatValue | null | undefined;
}

export const BAD_VALUE = "Values that are not of their attribute's declared type, kept as text";

export function attributeValue(attribute: GexfAttribute, text: string, findings: FindingSink): FlatValue | null {
  const typed = readTypedValue(text, attribute.type);
  if (typed.ok) return typed.value;
  findings.add('warning', BAD_VALUE, `${attribute.title} (${attribute.type}): "${text}"`);
  return typed.text;
}

/** The declared attributes of one class ("node" or "edge"), by id; the first declaration of an id wins. */
export function readAttributes(graph: XmlElement, kind: 'node' | 'edge', findings: Findings): Map<string, GexfAttribute> {
  const out = new Map<string, GexfAttribute>();
  for (const group of childrenNamed(graph, 'attributes')) {
    if ((attributeOf(group, 'class') ?? 'node') !== kind) continue;
    for (const element of childrenNamed(group, 'attribute')) {
      const id = attributeOf(element, 'id') ?? '';
      if (out.has(id)) continue;
      const partial = { id, title: attributeOf(element, 'title') ?? id, type: flatTypeOfDeclared(attributeOf(element, 'type') ?? 'string') };
      const defaultElement = firstChildNamed(element, 'default');
      const fallback = defaultElement ? attributeValue({ ...partial, fallback: undefined }, ownText(defaultElement), findings) : undefined;
      out.set(id, { ...partial, fallback });
    }
  }
  return out;
}
