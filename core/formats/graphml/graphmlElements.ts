import { unflattenNode, type FlatValue, type Notes } from '../flatAttributes';
import { FindingLog, Findings, type FindingSink } from '../xml/findings';
import { MarkupCursor } from '../xml/markupCursor';
import { attributeOf, childrenNamed, ownText, type XmlElement } from '../xml/xmlTree';
import { edgeFromAppData, edgeFromAppDataText } from './appEdgeData';
import { collectElement, noElements } from './collectElements';
import { defaultsApplyTo, keyValue, readKeys, type GraphmlKey } from './graphmlKeys';
import { readNodeGraphics, type NodeGraphics } from './yfiles';

export const UNDECLARED_KEY = 'Data for keys the file does not declare, kept as text attributes named by the key';
export const NODE_WITHOUT_ID = 'Nodes without an id, left out';

export type Values = Map<string, FlatValue | null>;

/** An edge as read, waiting for the ids of all edges (see assignEdgeIds) to become a relation. */
export interface PendingEdge {
  readonly id: string | null;
  readonly source: string | null;
  readonly target: string | null;
  /** Its own "directed" attribute, where it has one. */
  readonly directed: string | null;
  /** null for an edge without both ends: it is left out and its data is not read. */
  readonly values: Values | null;
  /** What reading its data found, added in the edge's turn. */
  readonly found: readonly (readonly [Parameters<FindingSink['add']>[0], string, string])[] | null;
  /** The relation the direct path built (appEdgeData.ts), its id set once all ids are known; values is then null. */
  readonly relation: Record<string, unknown> | null;
}

/** An element's values by attribute name: key defaults first, then its <data>. */
export function readData(
  element: XmlElement,
  domain: 'graph' | 'node' | 'edge',
  keys: Map<string, GraphmlKey>,
  findings: FindingSink,
): { values: Values; graphics: NodeGraphics | null } {
  const values: Values = new Map();
  let graphics: NodeGraphics | null = null;
  for (const key of keys.values()) {
    if (defaultsApplyTo(key, domain) && key.fallback !== undefined && key.yfiles === null) values.set(key.name, key.fallback);
  }
  for (const data of childrenNamed(element, 'data')) {
    const id = attributeOf(data, 'key') ?? '';
    const key = keys.get(id);
    if (!key) {
      findings.add('warning', UNDECLARED_KEY, id);
      values.set(id, ownText(data));
    } else if (key.yfiles !== null) {
      if (key.yfiles === 'nodegraphics' && domain === 'node') graphics = readNodeGraphics(data);
    } else {
      values.set(key.name, keyValue(key, ownText(data), findings));
    }
  }
  return { values, graphics };
}

/**
 * The nodes and edges of a GraphML graph, read one child of the graph at a time: as the parser
 * streams them, or from a whole tree. Findings are kept by phase (keys, structure, nodes; edges
 * logged per edge) so the report lists them in the same order whichever way the file was read.
 */
export class GraphmlElements {
  readonly keys: Map<string, GraphmlKey>;
  /** How many <key> elements the document had when reading began (a later one means a re-read). */
  readonly keysSeen: number;
  readonly keyFindings = new Findings();
  readonly structure = new Findings();
  readonly nodeFindings = new Findings();
  readonly nodes: Record<string, unknown>[] = [];
  readonly edges: PendingEdge[] = [];
  readonly notes: Notes = new Map();
  private readonly collected = noElements();
  private readonly log = new FindingLog();
  private nodeCount = 0;
  /** Where the text-level direct path reads (takeEdgeText). */
  private cursor: MarkupCursor | null = null;
  /** A key's default gives edges values without <data>: only the general path reads those. */
  private readonly direct: boolean;

  constructor(root: XmlElement) {
    this.keys = readKeys(root, this.keyFindings);
    this.keysSeen = childrenNamed(root, 'key').length;
    this.direct = ![...this.keys.values()].some((key) => defaultsApplyTo(key, 'edge') && key.fallback !== undefined && key.yfiles === null);
  }

  /** One child of the graph; anything but nodes, edges and hyperedges is left for the caller. */
  take(child: XmlElement): void {
    collectElement(child, this.structure, this.collected);
    for (const element of this.collected.nodes) this.readNode(element);
    for (const element of this.collected.edges) this.readEdge(element);
    this.collected.nodes.length = 0;
    this.collected.edges.length = 0;
  }

  /**
   * The <edge> at `lt` taken straight from the text (edgeFromAppDataText), as take would take it;
   * returns the offset after it, or -1 when it is for take to read.
   */
  takeEdgeText(text: string, lt: number): number {
    if (!this.direct) return -1;
    if (this.cursor?.text !== text) this.cursor = new MarkupCursor(text);
    const read = edgeFromAppDataText(this.cursor, lt, this.keys);
    if (read === null) return -1;
    this.edges.push({ id: read.id, source: read.source, target: read.target, directed: null, values: null, found: null, relation: read.relation });
    return read.end;
  }

  private readNode(element: XmlElement): void {
    this.nodeCount++;
    const id = attributeOf(element, 'id');
    if (id === null) {
      this.nodeFindings.add('warning', NODE_WITHOUT_ID, `node ${this.nodeCount}`);
      return;
    }
    const { values, graphics } = readData(element, 'node', this.keys, this.nodeFindings);
    // yEd keeps labels and places only in its graphics; our own label, x and y data win.
    if (graphics?.label && !values.has('label')) values.set('label', graphics.label);
    if (graphics?.position && !values.has('x') && !values.has('y')) {
      values.set('x', graphics.position.x);
      values.set('y', graphics.position.y);
    }
    this.nodes.push(unflattenNode(id, values, this.notes));
  }

  private readEdge(element: XmlElement): void {
    const source = attributeOf(element, 'source');
    const target = attributeOf(element, 'target');
    const relation = source !== null && target !== null && this.direct ? edgeFromAppData(element, this.keys, source, target) : null;
    const values = source !== null && target !== null && relation === null ? readData(element, 'edge', this.keys, this.log).values : null;
    this.edges.push({ id: attributeOf(element, 'id'), source, target, directed: attributeOf(element, 'directed'), values, found: this.log.take(), relation });
  }
}
