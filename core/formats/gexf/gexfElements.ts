import { unflattenNode, type Notes } from '../flatAttributes';
import { FindingLog, Findings, type FindingSink } from '../xml/findings';
import { MarkupCursor } from '../xml/markupCursor';
import { readTypedValue } from '../xml/typedValues';
import { attributeOf, childrenNamed, firstChildNamed, type XmlElement } from '../xml/xmlTree';
import { edgeFromAppValues, edgeFromAppValuesText } from './appEdgeValues';
import { readSpells, readValues, type Values } from './elementValues';
import { attributeValue, readAttributes, type GexfAttribute } from './gexfAttributes';

export const NESTED_NODES = 'Nested (hierarchical) nodes are not supported; read as nodes of the one graph (nested in)';
export const NODE_WITHOUT_ID = 'Nodes without an id, left out';

/**
 * Stands for an edge's id in what reading its values finds: the id is known only once every edge
 * has been read (see assignEdgeIds), and is put in when the findings are added.
 */
export const EDGE_ID_TO_COME = '\u0000edge';

/** An edge as read, waiting for the ids of all edges to become a relation. */
export interface PendingEdge {
  readonly id: string | null;
  readonly source: string | null;
  readonly target: string | null;
  /** Its own type attribute, where it has one. */
  readonly type: string | null;
  /** null for an edge without both ends: it is left out and its values are not read. */
  readonly values: Values | null;
  readonly found: ReturnType<FindingLog['take']>;
  /** The relation the direct path built (appEdgeValues.ts), its id set once all ids are known; values is then null. */
  readonly relation: Record<string, unknown> | null;
}

/** A node's values: attvalues, label, position (Gephi's y axis points up, the app's down) and spells. */
function readNode(element: XmlElement, attributes: Map<string, GexfAttribute>, findings: Findings): Values {
  const name = attributeOf(element, 'id') ?? '';
  const values = readValues(element, attributes, findings, name);
  const label = attributeOf(element, 'label');
  if (label !== null) values.set('label', label);
  const position = firstChildNamed(element, 'position');
  if (position) {
    const [x, y] = [readTypedValue(attributeOf(position, 'x') ?? '', 'double'), readTypedValue(attributeOf(position, 'y') ?? '', 'double')];
    if (x.ok && y.ok && typeof x.value === 'number' && typeof y.value === 'number') {
      values.set('x', x.value);
      values.set('y', -y.value + 0);
    }
  }
  readSpells(element, values, findings, name);
  return values;
}

/** An edge's values on the general path: attvalues, the kind or label, the weight and spells. */
export function edgeValues(element: XmlElement, attributes: Map<string, GexfAttribute>, log: FindingSink): Values {
  const values = readValues(element, attributes, log, EDGE_ID_TO_COME);
  // Files from elsewhere name the relation by its kind or label; ours also write a type attribute.
  const named = attributeOf(element, 'kind') ?? attributeOf(element, 'label');
  if (!values.has('type') && named !== null) values.set('type', named);
  // Ours write the confidence as weight; elsewhere the weight is data of its own (a count, a strength).
  const weight = attributeOf(element, 'weight');
  if (weight !== null && !values.has('confidence') && !values.has('weight')) {
    values.set('weight', attributeValue({ id: 'weight', title: 'weight', type: 'double', fallback: undefined }, weight, log));
  }
  readSpells(element, values, log, EDGE_ID_TO_COME);
  return values;
}

/** What a declaration read found, and how many <attributes> groups the graph had then. */
interface Declared {
  readonly attributes: Map<string, GexfAttribute>;
  readonly findings: Findings;
  readonly groupsSeen: number;
  /** Whether any attribute declares a default. */
  readonly defaults: boolean;
}

function declared(graph: XmlElement, kind: 'node' | 'edge'): Declared {
  const findings = new Findings();
  const attributes = readAttributes(graph, kind, findings);
  const defaults = [...attributes.values()].some((a) => a.fallback !== undefined);
  return { attributes, findings, groupsSeen: childrenNamed(graph, 'attributes').length, defaults };
}

/**
 * The nodes and edges of a GEXF graph, read one at a time: as the parser streams them, or from a
 * whole tree. Findings are kept by phase (node declarations, nesting, nodes, edge declarations;
 * edges logged one by one) so the report lists them in the same order whichever way it was read.
 */
export class GexfElements {
  readonly nested = new Findings();
  readonly nodeFindings = new Findings();
  readonly nodes: Record<string, unknown>[] = [];
  readonly edges: PendingEdge[] = [];
  readonly notes: Notes = new Map();
  private nodeDeclarations: Declared | null = null;
  private edgeDeclarations: Declared | null = null;
  private readonly log = new FindingLog();
  private nodeCount = 0;
  /** Where the text-level direct path reads (takeEdgeText). */
  private cursor: MarkupCursor | null = null;

  constructor(private readonly graph: XmlElement) {}

  /** Declarations read when the first node or edge came, or now. */
  declarations(kind: 'node' | 'edge'): Declared {
    if (kind === 'node') return (this.nodeDeclarations ??= declared(this.graph, 'node'));
    return (this.edgeDeclarations ??= declared(this.graph, 'edge'));
  }

  /** False when <attributes> came after the nodes or edges they declare: the file must be read whole. */
  declaredFirst(): boolean {
    const groups = childrenNamed(this.graph, 'attributes').length;
    return [this.nodeDeclarations, this.edgeDeclarations].every((d) => d === null || d.groupsSeen === groups);
  }

  /** A node of the graph, with the nodes nested in it (GEXF hierarchies) flattened in after it. */
  takeNode(element: XmlElement): void {
    const attributes = this.declarations('node').attributes;
    this.nodeCount++;
    const id = attributeOf(element, 'id');
    if (id === null) this.nodeFindings.add('warning', NODE_WITHOUT_ID, `node ${this.nodeCount}`);
    else this.nodes.push(unflattenNode(id, readNode(element, attributes, this.nodeFindings), this.notes));
    const groups = childrenNamed(element, 'nodes');
    if (groups.length === 0) return;
    this.nested.add('warning', NESTED_NODES, id ?? '(no id)');
    for (const group of groups) for (const node of childrenNamed(group, 'node')) this.takeNode(node);
  }

  /**
   * The <edge> at `lt` taken straight from the text (edgeFromAppValuesText), as takeEdge would take
   * it; returns the offset after it, or -1 when it is for takeEdge to read.
   */
  takeEdgeText(text: string, lt: number): number {
    const { attributes, defaults } = this.declarations('edge');
    if (defaults) return -1;
    if (this.cursor?.text !== text) this.cursor = new MarkupCursor(text);
    const read = edgeFromAppValuesText(this.cursor, lt, attributes);
    if (read === null) return -1;
    // Its type attribute is read only where a relation is not built (readGexf).
    this.edges.push({ id: read.id, source: read.source, target: read.target, type: null, values: null, found: null, relation: read.relation });
    return read.end;
  }

  takeEdge(element: XmlElement): void {
    const { attributes, defaults } = this.declarations('edge');
    const [source, target] = [attributeOf(element, 'source'), attributeOf(element, 'target')];
    let values: Values | null = null;
    // A declared default gives edges values without attvalues: only the general path reads those.
    const relation = source !== null && target !== null && !defaults ? edgeFromAppValues(element, attributes, source, target) : null;
    if (source !== null && target !== null && relation === null) values = edgeValues(element, attributes, this.log);
    this.edges.push({ id: attributeOf(element, 'id'), source, target, type: attributeOf(element, 'type'), values, found: this.log.take(), relation });
  }
}
