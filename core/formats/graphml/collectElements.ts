import type { Findings } from '../xml/findings';
import { attributeOf, childElements, childrenNamed, localName, type XmlElement } from '../xml/xmlTree';

export const HYPEREDGES = 'Hyperedges (edges joining more than two nodes) are not supported; left out';
export const NESTED_GRAPHS = 'Nested graphs are not supported; their nodes and edges are read into the one graph (nested in)';
export const PORTS = 'Ports are not supported; relations attach to the node itself';

export interface GraphmlElements {
  readonly nodes: XmlElement[];
  readonly edges: XmlElement[];
  /** Counted across nesting levels, so hyperedges without ids are told apart in the report. */
  hyperedges: number;
}

export const noElements = (): GraphmlElements => ({ nodes: [], edges: [], hyperedges: 0 });

/**
 * One child of a graph: a node or an edge, with the nodes and edges of graphs nested in it flattened
 * in after it (GraphML ids are unique across the document, so edges between levels still find their
 * nodes). Anything else is left alone. Depth is bounded by the reader's nesting cap.
 */
export function collectElement(child: XmlElement, findings: Findings, out: GraphmlElements): void {
  const kind = localName(child.name);
  const id = attributeOf(child, 'id');
  if (kind === 'hyperedge') {
    out.hyperedges++;
    findings.add('warning', HYPEREDGES, id ?? `#${out.hyperedges} without id`);
    return;
  }
  if (kind !== 'node' && kind !== 'edge') return;
  (kind === 'node' ? out.nodes : out.edges).push(child);
  const name = id ?? (kind === 'edge' ? `${attributeOf(child, 'source') ?? '?'} → ${attributeOf(child, 'target') ?? '?'}` : '(no id)');
  const ports = kind === 'node' ? childrenNamed(child, 'port').length > 0 : child.attributes.has('sourceport') || child.attributes.has('targetport');
  if (ports) findings.add('warning', PORTS, name);
  for (const nested of childrenNamed(child, 'graph')) {
    findings.add('warning', NESTED_GRAPHS, name);
    for (const grandchild of childElements(nested)) collectElement(grandchild, findings, out);
  }
}
