import type { GraphNode } from '../../model/schema';
import { ACTOR_COLORS } from '../xml/actorColors';
import { ownText, type XmlElement, childElements, localName, attributeOf } from '../xml/xmlTree';
import type { XmlWriter } from '../xml/xmlWriter';
import { YFILES_NODE_KEY } from './namespaces';

const NODE_SIZE = 30;

/**
 * yEd shows a node's label and fill only from yFiles graphics. NetworkX reads those too and would
 * set its own "label", "x", "y" and "shape_type" from them, so: no y:Shape (shape_type), a
 * y:Geometry only where the node has a position, and this element first in the node, so the
 * node's own label, x and y data come later and win. NetworkX then sees exactly our attributes
 * (tested in graphml.networkx.test.ts).
 */
export function writeNodeGraphics(w: XmlWriter, node: GraphNode): void {
  w.open('data', [['key', YFILES_NODE_KEY]]).open('y:ShapeNode');
  if (node.position) {
    // yEd's geometry is the top-left corner; positions are centres.
    w.leaf('y:Geometry', [
      ['x', node.position.x - NODE_SIZE / 2],
      ['y', node.position.y - NODE_SIZE / 2],
      ['width', NODE_SIZE],
      ['height', NODE_SIZE],
    ]);
  }
  w.leaf('y:Fill', [['color', ACTOR_COLORS[node.type].toUpperCase()], ['transparent', 'false']]);
  w.leaf('y:NodeLabel', [], node.label);
  w.close('y:ShapeNode').close('data');
}

/** What a yEd file's node graphics say, used where the node has no label or x/y data of its own. */
export interface NodeGraphics {
  readonly label: string | null;
  readonly position: { readonly x: number; readonly y: number } | null;
}

export function readNodeGraphics(data: XmlElement): NodeGraphics {
  let label: string | null = null;
  let position: NodeGraphics['position'] = null;
  // Any yFiles node kind (ShapeNode, GenericNode, SVGNode, ImageNode, …) has the same children.
  for (const shape of childElements(data)) {
    for (const part of childElements(shape)) {
      const name = localName(part.name);
      if (name === 'NodeLabel' && label === null) label = ownText(part).trim() || null;
      if (name === 'Geometry' && position === null) {
        const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(attributeOf(part, a) ?? '0'));
        if ([x, y, w, h].every((v) => Number.isFinite(v))) position = { x: x! + w! / 2, y: y! + h! / 2 };
      }
    }
  }
  return { label, position };
}
