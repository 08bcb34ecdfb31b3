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

/**
 * The nodes and edges of a graph, with those of graphs nested in its nodes and edges flattened in
 * (GraphML ids are unique across the document, so edges between levels still find their nodes).
 * Depth is bounded by the reader's nesting cap.
 */
export function collectElements(graph: XmlElement, findings: Findings, out: GraphmlElements = { nodes: [], edges: [], hyperedges: 0 }): GraphmlElements {
  for (const child of childElements(graph)) {
    const kind = localName(child.name);
    const id = attributeOf(child, 'id');
    if (kind === 'hyperedge') {
      out.hyperedges++;
      findings.add('warning', HYPEREDGES, id ?? `#${out.hyperedges} without id`);
      continue;
    }
    if (kind !== 'node' && kind !== 'edge') continue;
    (kind === 'node' ? out.nodes : out.edges).push(child);
    const name = id ?? (kind === 'edge' ? `${attributeOf(child, 'source') ?? '?'} → ${attributeOf(child, 'target') ?? '?'}` : '(no id)');
    const ports = kind === 'node' ? childrenNamed(child, 'port').length > 0 : child.attributes.has('sourceport') || child.attributes.has('targetport');
    if (ports) findings.add('warning', PORTS, name);
    for (const nested of childrenNamed(child, 'graph')) {
      findings.add('warning', NESTED_GRAPHS, name);
      collectElements(nested, findings, out);
    }
  }
  return out;
}
