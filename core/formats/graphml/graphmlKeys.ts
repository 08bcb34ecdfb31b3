import type { FlatType, FlatValue } from '../flatAttributes';
import type { FindingSink, Findings } from '../xml/findings';
import { flatTypeOfDeclared, readTypedValue } from '../xml/typedValues';
import { attributeOf, childrenNamed, firstChildNamed, ownText, type XmlElement } from '../xml/xmlTree';

export interface GraphmlKey {
  readonly id: string;
  /** node, edge, graph, all, … (GraphML's "for"; "all" when absent). */
  readonly domain: string;
  /** attr.name, or the id when a key has none. */
  readonly name: string;
  readonly type: FlatType;
  /** yfiles.type of yEd's graphics keys (their data is markup, not a value). */
  readonly yfiles: string | null;
  /** The <default> value, if the key declares one. */
  readonly fallback: FlatValue | null | undefined;
}

export const BAD_VALUE = "Values that are not of their key's declared type, kept as text";
export const UNNAMED_KEY = 'Keys without attr.name, named by their id';

/** Reads a value of a key; text that is not of the key's type is kept as text and reported. */
export function keyValue(key: GraphmlKey, text: string, findings: FindingSink): FlatValue | null {
  const typed = readTypedValue(text, key.type);
  if (typed.ok) return typed.value;
  findings.add('warning', BAD_VALUE, `${key.name} (${key.type}): "${text}"`);
  return typed.text;
}

/**
 * Whether a key's <default> gives elements of this domain a value. Graph-level values come only from
 * keys declared for="graph": a for="all" default is meant for nodes and edges, and would otherwise be
 * reported as a graph attribute left out.
 */
export function defaultsApplyTo(key: GraphmlKey, domain: 'graph' | 'node' | 'edge'): boolean {
  return key.domain === domain || (key.domain === 'all' && domain !== 'graph');
}

/** The <key> declarations of a document, by id (the first one wins if an id repeats). */
export function readKeys(root: XmlElement, findings: Findings): Map<string, GraphmlKey> {
  const keys = new Map<string, GraphmlKey>();
  for (const element of childrenNamed(root, 'key')) {
    const id = attributeOf(element, 'id') ?? '';
    if (keys.has(id)) continue;
    const yfiles = attributeOf(element, 'yfiles.type');
    const declaredName = attributeOf(element, 'attr.name');
    if (declaredName === null && yfiles === null) findings.add('info', UNNAMED_KEY, id);
    const partial = {
      id,
      domain: attributeOf(element, 'for') ?? 'all',
      name: declaredName ?? id,
      type: flatTypeOfDeclared(attributeOf(element, 'attr.type') ?? 'string'),
      yfiles,
    };
    const defaultElement = firstChildNamed(element, 'default');
    const fallback = defaultElement ? keyValue({ ...partial, fallback: undefined }, ownText(defaultElement), findings) : undefined;
    keys.set(id, { ...partial, fallback });
  }
  return keys;
}
