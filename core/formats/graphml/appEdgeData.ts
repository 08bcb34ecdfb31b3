import { edgeFieldSlot, FoundEdgeFields, NO_FIELD } from '../appEdgeFields';
import { EDGE_KNOWN_KEYS, type FlatType } from '../flatAttributes';
import { NOT_OF_TYPE, typedValueOf } from '../xml/typedValues';
import type { AppEdgeText, MarkupCursor } from '../xml/markupCursor';
import { EDGE_START, INDENT, literal, matchAt, MAX_PATTERN_VALUES } from '../xml/wholeEdgePattern';
import { localName, ownText, type XmlElement } from '../xml/xmlTree';
import { defaultsApplyTo, type GraphmlKey } from './graphmlKeys';

/** What the direct path does with a key's data, worked out once per key, not per value. */
interface DataPlan {
  readonly type: FlatType;
  /** The relation field it fills (FoundEdgeFields.put), or NO_FIELD for a user attribute. */
  readonly slot: number;
  /** The user attribute's name; null for a yEd key or a key named id, source or target (the general path's). */
  readonly name: string | null;
}

/** The plans of a file's keys: by id, and the whole-edge pattern with the plans of its groups. */
interface Plans {
  readonly byId: ReadonlyMap<string, DataPlan>;
  /** The whole <edge> as writeGraphml writes it with these keys (wholeEdgePatternOf), or null. */
  readonly wholeEdge: RegExp | null;
  /** The plans of the pattern's data, in its order: the edge keys in the order of declaration. */
  readonly inPattern: readonly DataPlan[];
}

const plansOf = new WeakMap<ReadonlyMap<string, GraphmlKey>, Plans>();

/** Characters a key id written in quotation marks shows otherwise (escaped), or the text path does not take. */
const NOT_AS_WRITTEN = /["&<>\t\n\r]/;

function plansFor(keys: ReadonlyMap<string, GraphmlKey>): Plans {
  let plans = plansOf.get(keys);
  if (plans === undefined) {
    const byId = new Map<string, DataPlan>();
    for (const [id, { name, type, yfiles }] of keys) {
      const slot = yfiles === null ? edgeFieldSlot(name) : NO_FIELD;
      const user = yfiles !== null || slot !== NO_FIELD || EDGE_KNOWN_KEYS.has(name) ? null : name.startsWith('attr.') ? name.slice('attr.'.length) : name;
      byId.set(id, { type, slot, name: user });
    }
    const edgeKeys = [...keys.values()].filter((key) => key.yfiles === null && defaultsApplyTo(key, 'edge'));
    const wholeEdge = wholeEdgePatternOf(edgeKeys.map((key) => key.id));
    plans = { byId, wholeEdge, inPattern: wholeEdge === null ? [] : edgeKeys.map((key) => byId.get(key.id)!) };
    plansOf.set(keys, plans);
  }
  return plans;
}

/**
 * The pattern of a whole <edge> as writeGraphml writes it (see edgeFromAppDataText), the data of each
 * edge key in the order of declaration and each optional; groups: 1–3 the edge's id and ends, then
 * each key's value. null where a key id must be escaped or there are too many to try in turn.
 */
function wholeEdgePatternOf(keyIds: readonly string[]): RegExp | null {
  if (keyIds.length > MAX_PATTERN_VALUES || keyIds.some((id) => NOT_AS_WRITTEN.test(id))) return null;
  const data = keyIds.map((id) => `(?:<data key="${literal(id)}">([^<&]*)</data>${INDENT})?`).join('');
  return new RegExp(`${EDGE_START}>${INDENT}${data}</edge>`, 'y');
}

/**
 * One <data>'s value into a relation's fields or attributes, as readData and unflattenEdge would read
 * it; false where the edge must take the general path: an undeclared or yEd key, a value not of its
 * key's type, id, source or target as data, or an empty number.
 */
function takeData(plans: ReadonlyMap<string, DataPlan>, found: FoundEdgeFields, keyId: string, text: string): boolean {
  const plan = plans.get(keyId);
  return plan !== undefined && takePlanned(plan, found, text);
}

/** takeData, for the key of this plan. */
function takePlanned(plan: DataPlan, found: FoundEdgeFields, text: string): boolean {
  const value = typedValueOf(text, plan.type);
  if (value === NOT_OF_TYPE) return false;
  // A key given twice: the last value counts, in the place of the first, as in readData's Map.
  if (plan.slot !== NO_FIELD) found.put(plan.slot, value);
  else if (plan.name === null || value === null) return false;
  else found.putAttribute(plan.name, value);
  return true;
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
  const plans = plansFor(keys).byId;
  const found = new FoundEdgeFields();
  for (const child of element.children) {
    // readData reads only <data>: ports and nested graphs are the reader's (collectElements.ts).
    if (typeof child === 'string' || localName(child.name) !== 'data') continue;
    if (!takeData(plans, found, child.attributes.get('key') ?? '', ownText(child))) return null;
  }
  return typeof found.directed === 'boolean' ? found.edge('', source, target, found.directed) : null;
}

/**
 * The direct path one step earlier, from the text: the <edge> at `lt` (the cursor's text, which only
 * moves forward) read as writeGraphml writes it,
 *
 *     <edge id="…" source="…" target="…">
 *       <data key="…">…</data>
 *       …
 *     </edge>
 *
 * without an element tree (making one for every element of 100k edges, then walking it, was a good
 * part of a read). Any other markup, or an edge edgeFromAppData would not build, gives null, and the
 * general reader reads the edge. What it returns is what the reader makes of the same edge otherwise:
 * a test reads files both ways.
 */
export function edgeFromAppDataText(cursor: MarkupCursor, lt: number, keys: ReadonlyMap<string, GraphmlKey>): AppEdgeText | null {
  return edgeFromWholeMarkup(cursor.text, lt, keys) ?? edgeFromMarkupSteps(cursor, lt, keys);
}

/**
 * The text path in one native match: the <edge> at `lt` as writeGraphml writes it when its data come
 * in the order the keys are declared (they do unless relations give user attributes in different
 * orders), or null for anything else, which edgeFromMarkupSteps then reads.
 */
export function edgeFromWholeMarkup(text: string, lt: number, keys: ReadonlyMap<string, GraphmlKey>): AppEdgeText | null {
  const { wholeEdge, inPattern } = plansFor(keys);
  const match = wholeEdge === null ? null : matchAt(wholeEdge, text, lt);
  if (match === null) return null;
  const found = new FoundEdgeFields();
  for (let i = 0; i < inPattern.length; i++) {
    const value = match[i + 4];
    if (value !== undefined && !takePlanned(inPattern[i]!, found, value)) return null;
  }
  if (typeof found.directed !== 'boolean') return null;
  const [, id, source, target] = match as unknown as [string, string, string, string];
  const relation = found.edge('', source, target, found.directed);
  return relation === null ? null : { id, source, target, relation, end: wholeEdge!.lastIndex };
}

/** The text path step by step (MarkupCursor), for data in any order and other quoting of their keys. */
export function edgeFromMarkupSteps(cursor: MarkupCursor, lt: number, keys: ReadonlyMap<string, GraphmlKey>): AppEdgeText | null {
  if (!cursor.edgeStart(lt) || !cursor.take('>')) return null;
  const plans = plansFor(keys).byId;
  const found = new FoundEdgeFields();
  for (;;) {
    cursor.skipSpace();
    if (cursor.take('</edge>')) break;
    if (!cursor.take('<data key=')) return null;
    const key = cursor.quoted();
    if (key === null || !cursor.take('>')) return null;
    const value = cursor.textToTag();
    if (value === null || !cursor.take('</data>') || !takeData(plans, found, key, value)) return null;
  }
  if (typeof found.directed !== 'boolean') return null;
  const relation = found.edge('', cursor.edgeSource, cursor.edgeTarget, found.directed);
  return relation === null ? null : { id: cursor.edgeId, source: cursor.edgeSource, target: cursor.edgeTarget, relation, end: cursor.at };
}
