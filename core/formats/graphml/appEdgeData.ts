import { edgeFieldSlot, FoundEdgeFields, NO_FIELD } from '../appEdgeFields';
import { emptyAttributes, putAttribute } from '../appElementParts';
import { EDGE_KNOWN_KEYS, type FlatType } from '../flatAttributes';
import { NOT_OF_TYPE, typedValueOf } from '../xml/typedValues';
import { localName, ownText, type XmlElement } from '../xml/xmlTree';
import type { GraphmlKey } from './graphmlKeys';

/** What the direct path does with a key's data, worked out once per key, not per value. */
interface DataPlan {
  readonly type: FlatType;
  /** The relation field it fills (FoundEdgeFields.put), or NO_FIELD for a user attribute. */
  readonly slot: number;
  /** The user attribute's name; null for a yEd key or a key named id, source or target (the general path's). */
  readonly name: string | null;
}

const plansOf = new WeakMap<ReadonlyMap<string, GraphmlKey>, Map<string, DataPlan>>();

function plansFor(keys: ReadonlyMap<string, GraphmlKey>): Map<string, DataPlan> {
  let plans = plansOf.get(keys);
  if (plans === undefined) {
    plans = new Map();
    for (const [id, { name, type, yfiles }] of keys) {
      const slot = yfiles === null ? edgeFieldSlot(name) : NO_FIELD;
      const user = yfiles !== null || slot !== NO_FIELD || EDGE_KNOWN_KEYS.has(name) ? null : name.startsWith('attr.') ? name.slice('attr.'.length) : name;
      plans.set(id, { type, slot, name: user });
    }
    plansOf.set(keys, plans);
  }
  return plans;
}

/**
 * The direct path of the GraphML reader: a relation built straight from an <edge>'s <data> as this
 * app writes them (writeGraphml.ts: a declared key per field, each value of its key's type), instead
 * of through a Map of values and unflattenEdge, which at 100k relations cost about a fifth of a read.
 *
 * It returns what readData + unflattenEdge return for the same edge (its id still to come: the reader
 * sets it once every edge's id is known), or null as soon as the edge is anything else: data for an
 * undeclared or yEd key, a value not of its key's type, no "directed" value, or anything
 * unflattenEdge would note. The reader then takes the general
 * path, which decides and notes; no note is made here. Keys with defaults for edges are the caller's
 * to rule out (they give values without <data>).
 */
export function edgeFromAppData(element: XmlElement, keys: ReadonlyMap<string, GraphmlKey>, source: string, target: string): Record<string, unknown> | null {
  const plans = plansFor(keys);
  const found = new FoundEdgeFields();
  const attributes = emptyAttributes();
  for (const child of element.children) {
    // readData reads only <data>: ports and nested graphs are the reader's (collectElements.ts).
    if (typeof child === 'string' || localName(child.name) !== 'data') continue;
    const plan = plans.get(child.attributes.get('key') ?? '');
    if (plan === undefined) return null;
    const value = typedValueOf(ownText(child), plan.type);
    if (value === NOT_OF_TYPE) return null;
    // A key given twice: the last value counts, in the place of the first, as in readData's Map.
    if (plan.slot !== NO_FIELD) found.put(plan.slot, value);
    // A yEd key, id, source or target as data, or an empty number: the general path.
    else if (plan.name === null || value === null) return null;
    else putAttribute(attributes, plan.name, value);
  }
  return typeof found.directed === 'boolean' ? found.edge('', source, target, found.directed, attributes) : null;
}
