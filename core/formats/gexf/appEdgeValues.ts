import { edgeFieldSlot, FoundEdgeFields, NO_FIELD } from '../appEdgeFields';
import { EDGE_KNOWN_KEYS, type FlatType } from '../flatAttributes';
import { NOT_OF_TYPE, typedValueOf } from '../xml/typedValues';
import type { AppEdgeText, MarkupCursor } from '../xml/markupCursor';
import { EDGE_START, INDENT, literal, matchAt, MAX_PATTERN_VALUES, QUOTED_EITHER } from '../xml/wholeEdgePattern';
import { attributeOf, localName, type XmlElement } from '../xml/xmlTree';
import type { GexfAttribute } from './gexfAttributes';

/** What the direct path does with a declared attribute's values, worked out once per declaration, not per value. */
interface ValuePlan {
  readonly type: FlatType;
  /** The relation field it fills (FoundEdgeFields.put), or NO_FIELD for a user attribute. */
  readonly slot: number;
  /** The user attribute's name; null when its title is id, source or target (the general path's). */
  readonly name: string | null;
  /**
   * `<attvalue for="ID" value=` as writeGexf writes a value of it, for the text path to find with one
   * comparison instead of reading and looking up the id; null for an id the file must escape (or that
   * holds a character the text path never takes).
   */
  readonly markup: string | null;
  /** Its place among the declarations (Plans.inOrder). */
  readonly order: number;
  /** The serial of the last edge that gave it a value: a second value in one edge is a dynamic value. */
  seenIn: number;
}

/** The plans of a file's declared attributes: by id, and in the order of declaration (writeGexf's order of values). */
interface Plans {
  readonly byId: ReadonlyMap<string, ValuePlan>;
  readonly inOrder: readonly ValuePlan[];
  /** The whole <edge> as writeGexf writes it with these declarations (wholeEdgePatternOf), or null. */
  readonly wholeEdge: RegExp | null;
}

const plansOf = new WeakMap<ReadonlyMap<string, GexfAttribute>, Plans>();
let edgeSerial = 0;

/** Characters a written id shows otherwise (escaped), or the text path does not take (see MarkupCursor.quoted). */
const NOT_AS_WRITTEN = /["&<>\t\n\r]/;

function plansFor(attributes: ReadonlyMap<string, GexfAttribute>): Plans {
  let plans = plansOf.get(attributes);
  if (plans === undefined) {
    const byId = new Map<string, ValuePlan>();
    for (const [id, { title, type }] of attributes) {
      const slot = edgeFieldSlot(title);
      const name = slot !== NO_FIELD || EDGE_KNOWN_KEYS.has(title) ? null : title.startsWith('attr.') ? title.slice('attr.'.length) : title;
      const markup = NOT_AS_WRITTEN.test(id) ? null : `<attvalue for="${id}" value=`;
      byId.set(id, { type, slot, name, markup, order: byId.size, seenIn: -1 });
    }
    const inOrder = [...byId.values()];
    plans = { byId, inOrder, wholeEdge: wholeEdgePatternOf(inOrder) };
    plansOf.set(attributes, plans);
  }
  return plans;
}

/** How many declarations after the last value's attvalueAt tries by their markup before it reads the id. */
const PLANS_TRIED = 4;

/**
 * The declared attribute whose value starts at the cursor (`<attvalue for="…" value=`), taken up to
 * its value; undefined for any other markup or an undeclared attribute. Values mostly come in the
 * order of declaration, some left out, so the few after `after` are tried first by their markup.
 */
function attvalueAt(cursor: MarkupCursor, plans: Plans, after: number): ValuePlan | undefined {
  const { inOrder } = plans;
  for (let k = 1; k <= Math.min(PLANS_TRIED, inOrder.length); k++) {
    const plan = inOrder[(after + k) % inOrder.length]!;
    if (plan.markup !== null && cursor.take(plan.markup)) return plan;
  }
  // Another attribute, or an id written otherwise (quoted with apostrophes, escaped): read and looked up.
  if (!cursor.take('<attvalue for=')) return undefined;
  const id = cursor.quoted();
  return id !== null && cursor.take(' value=') ? plans.byId.get(id) : undefined;
}

/** One edge's values as the direct path meets them: fields, user attributes, and the attributes given so far. */
class EdgeValues {
  readonly found = new FoundEdgeFields();
  private readonly serial = ++edgeSerial;

  constructor(private readonly plans: Plans) {}

  /**
   * One attvalue, as readValues and unflattenEdge would read it; false where the edge must take the
   * general path: an undeclared attribute, one given twice (a dynamic value), a value not of its
   * type, id, source or target as a value, or an empty number.
   */
  take(id: string, text: string): boolean {
    const plan = this.plans.byId.get(id);
    return plan !== undefined && this.takePlanned(plan, text);
  }

  /** take, for the attribute of this plan. */
  takePlanned(plan: ValuePlan, text: string): boolean {
    if (plan.seenIn === this.serial) return false;
    plan.seenIn = this.serial;
    const value = typedValueOf(text, plan.type);
    if (value === NOT_OF_TYPE) return false;
    // Two attributes of one title: the last value counts, in the place of the first, as in readValues' Map.
    if (plan.slot !== NO_FIELD) this.found.put(plan.slot, value);
    else if (plan.name === null || value === null) return false;
    else this.found.putAttribute(plan.name, value);
    return true;
  }

  /**
   * The relation, or null where the general path decides: without a type value the kind or label
   * names the relation (and without a confidence value the weight is kept as an attribute, while
   * appEdge steps aside for the missing confidence); spells or bounds without a time_start value.
   */
  relation(source: string, target: string, spellsOrBounds: boolean): Record<string, unknown> | null {
    const { found } = this;
    if (found.type === undefined || typeof found.directed !== 'boolean') return null;
    if (found.start === undefined && spellsOrBounds) return null;
    return found.edge('', source, target, found.directed);
  }
}

/**
 * The direct path of the GEXF reader: a relation built straight from an <edge>'s attvalues as this
 * app writes them (writeGexf.ts: every field a declared attribute, each value of its type), instead of
 * through a Map of values and unflattenEdge.
 *
 * It returns what GexfElements' general path (readValues, the kind/label and weight fallbacks,
 * readSpells, unflattenEdge) returns for the same edge, its id still to come, or null as soon as the
 * edge is anything else: a value for an undeclared attribute, one not of its type, an attribute
 * given twice (a dynamic value), no type or "directed" among the values (fallbacks decide those),
 * spells without a time_start value, or anything unflattenEdge would note. Declared
 * defaults are the caller's to rule out (they give values without attvalues).
 */
export function edgeFromAppValues(element: XmlElement, attributes: ReadonlyMap<string, GexfAttribute>, source: string, target: string): Record<string, unknown> | null {
  const values = new EdgeValues(plansFor(attributes));
  let spells = false;
  for (const group of element.children) {
    if (typeof group === 'string') continue;
    const kind = localName(group.name);
    if (kind === 'spells') spells = true;
    if (kind !== 'attvalues') continue;
    for (const attvalue of group.children) {
      if (typeof attvalue === 'string' || localName(attvalue.name) !== 'attvalue') continue;
      // GEXF 1.1 wrote the attribute's id as "id", later versions as "for".
      const id = attributeOf(attvalue, 'for') ?? attributeOf(attvalue, 'id') ?? '';
      if (!values.take(id, attributeOf(attvalue, 'value') ?? '')) return null;
    }
  }
  return values.relation(source, target, spells || element.attributes.has('start') || element.attributes.has('end'));
}

/** The rest of an <edge> start tag as writeGexf writes it, after its id and ends; values in quotation marks, without a reference, tab or line feed. */
const START_TAG_REST = /(?: type="[^"&<\t\n]*")? kind="[^"&<\t\n]*" label="[^"&<\t\n]*"(?: weight="[^"&<\t\n]*")?>/y;
const SPELL = /<spells>[ \t\n]*<spell start="[0-9-]{4,10}"(?: end="[0-9-]{4,10}")?\/>[ \t\n]*<\/spells>[ \t\n]*/y;
const COLOR = /<viz:color r="[0-9]{1,3}" g="[0-9]{1,3}" b="[0-9]{1,3}"\/>[ \t\n]*/y;

/**
 * The direct path one step earlier, from the text: the <edge> at `lt` (the cursor's text, which only
 * moves forward) read as writeGexf writes it,
 *
 *     <edge id="…" source="…" target="…" [type="mutual"] kind="…" label="…" [weight="…"]>
 *       [<attvalues> <attvalue for="…" value="…"/> … </attvalues>]
 *       [<spells> <spell start="…" [end="…"]/> </spells>]
 *       [<viz:color r="…" g="…" b="…"/>]
 *     </edge>
 *
 * without an element tree. Any other markup, or an edge edgeFromAppValues would not build, gives
 * null, and the general reader reads the edge. What it returns is what the reader makes of the same
 * edge otherwise: a test reads files both ways.
 */
export function edgeFromAppValuesText(cursor: MarkupCursor, lt: number, attributes: ReadonlyMap<string, GexfAttribute>): AppEdgeText | null {
  return edgeFromWholeMarkup(cursor.text, lt, attributes) ?? edgeFromMarkupSteps(cursor, lt, attributes);
}

/**
 * The pattern of a whole <edge> as writeGexf writes it (see edgeFromAppValuesText), each declared
 * attribute's attvalue in the order of declaration and each optional. Groups: 1–3 the edge's id and
 * ends, then two for each attribute (its value in quotation marks or apostrophes), then the spells.
 * null where an id has no literal markup (it must be escaped) or there are too many to try in turn.
 */
function wholeEdgePatternOf(inOrder: readonly ValuePlan[]): RegExp | null {
  if (inOrder.length > MAX_PATTERN_VALUES || inOrder.some((plan) => plan.markup === null)) return null;
  const attvalues = inOrder.map((plan) => `(?:${literal(plan.markup!)}${QUOTED_EITHER}/>${INDENT})?`).join('');
  return new RegExp(`${EDGE_START}${START_TAG_REST.source}${INDENT}(?:<attvalues>${INDENT}${attvalues}</attvalues>${INDENT})?(${SPELL.source})?(?:${COLOR.source})?</edge>`, 'y');
}

/**
 * The text path in one native match: the <edge> at `lt` as writeGexf writes it when its values come
 * in the order of declaration (they do unless relations give user attributes in different orders),
 * or null for anything else, which edgeFromMarkupSteps then reads.
 */
export function edgeFromWholeMarkup(text: string, lt: number, attributes: ReadonlyMap<string, GexfAttribute>): AppEdgeText | null {
  const plans = plansFor(attributes);
  const match = plans.wholeEdge === null ? null : matchAt(plans.wholeEdge, text, lt);
  if (match === null) return null;
  const values = new EdgeValues(plans);
  const { inOrder } = plans;
  let group = 4;
  for (let i = 0; i < inOrder.length; i++, group += 2) {
    const value = match[group] ?? match[group + 1];
    if (value !== undefined && !values.takePlanned(inOrder[i]!, value)) return null;
  }
  const [, id, source, target] = match as unknown as [string, string, string, string];
  const relation = values.relation(source, target, match[group] !== undefined);
  return relation === null ? null : { id, source, target, relation, end: plans.wholeEdge!.lastIndex };
}

/** The text path step by step (MarkupCursor), for values in any order and other quoting of their ids. */
export function edgeFromMarkupSteps(cursor: MarkupCursor, lt: number, attributes: ReadonlyMap<string, GexfAttribute>): AppEdgeText | null {
  // type, kind, label and weight are read only by the general path (the relation's direction and its
  // fallbacks for type and confidence); here they must be well-formed.
  if (!cursor.edgeStart(lt) || !cursor.takeMatch(START_TAG_REST)) return null;
  const plans = plansFor(attributes);
  const values = new EdgeValues(plans);
  cursor.skipSpace();
  if (cursor.take('<attvalues>')) {
    let after = -1;
    for (cursor.skipSpace(); !cursor.take('</attvalues>'); cursor.skipSpace()) {
      const plan = attvalueAt(cursor, plans, after);
      if (plan === undefined) return null;
      const value = cursor.quoted();
      if (value === null || !cursor.take('/>') || !values.takePlanned(plan, value)) return null;
      after = plan.order;
    }
    cursor.skipSpace();
  }
  // Spells and colour as writeGexf writes them (days and 0–255), matched whole; anything else there is the general path's.
  const spells = cursor.takeMatch(SPELL);
  if (!spells && cursor.text.startsWith('<spells', cursor.at)) return null;
  if (!cursor.takeMatch(COLOR) && cursor.text.startsWith('<viz:color', cursor.at)) return null;
  if (!cursor.take('</edge>')) return null;
  const relation = values.relation(cursor.edgeSource, cursor.edgeTarget, spells);
  return relation === null ? null : { id: cursor.edgeId, source: cursor.edgeSource, target: cursor.edgeTarget, relation, end: cursor.at };
}
