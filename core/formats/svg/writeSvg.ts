/**
 * A vector image of the current view: the positions, shapes and colours the canvas shows, as SVG.
 * Pure: the view hands over a scene; every text is escaped, so labels such as "<script>" stay text.
 */
export interface SvgNode {
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly color: string;
  readonly shape: string;
  readonly size: number;
}

export interface SvgEdge {
  readonly label: string;
  /** Start, a point the curve passes through (its midpoint), end. */
  readonly from: { readonly x: number; readonly y: number };
  readonly via: { readonly x: number; readonly y: number };
  readonly to: { readonly x: number; readonly y: number };
  readonly color: string;
  readonly directed: boolean;
  readonly dash: 'solid' | 'dashed' | 'dotted';
}

export interface SvgScene {
  readonly title: string;
  readonly nodes: readonly SvgNode[];
  readonly edges: readonly SvgEdge[];
  readonly background: string | null;
}

/** Escapes text for XML content and attribute values; drops characters XML 1.0 cannot carry. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const n = (v: number) => (Math.round(v * 100) / 100).toString();

function shapeElement(node: SvgNode): string {
  const r = node.size / 2;
  const { x, y } = node;
  const fill = `fill="${escapeXml(node.color)}" stroke="#ffffff" stroke-width="1"`;
  const polygon = (points: Array<[number, number]>) =>
    `<polygon points="${points.map(([px, py]) => `${n(x + px * r)},${n(y + py * r)}`).join(' ')}" ${fill}/>`;
  switch (node.shape) {
    case 'ellipse':
      return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" ${fill}/>`;
    case 'round-rectangle':
    case 'rectangle':
    case 'tag':
      return `<rect x="${n(x - r)}" y="${n(y - r)}" width="${n(2 * r)}" height="${n(2 * r)}" rx="${node.shape === 'round-rectangle' ? n(r / 3) : 0}" ${fill}/>`;
    case 'diamond':
      return polygon([[0, -1], [1, 0], [0, 1], [-1, 0]]);
    case 'triangle':
    case 'round-triangle':
      return polygon([[0, -1], [1, 0.8], [-1, 0.8]]);
    case 'hexagon':
      return polygon([[-1, 0], [-0.5, -0.87], [0.5, -0.87], [1, 0], [0.5, 0.87], [-0.5, 0.87]]);
    default:
      return polygon([[-0.41, -1], [0.41, -1], [1, -0.41], [1, 0.41], [0.41, 1], [-0.41, 1], [-1, 0.41], [-1, -0.41]]);
  }
}

function edgeElement(edge: SvgEdge, markerFor: (color: string) => string): string {
  // Quadratic curve through the midpoint: control = 2·via − (from + to)/2.
  const cx = 2 * edge.via.x - (edge.from.x + edge.to.x) / 2;
  const cy = 2 * edge.via.y - (edge.from.y + edge.to.y) / 2;
  const dash = edge.dash === 'dashed' ? ' stroke-dasharray="6 4"' : edge.dash === 'dotted' ? ' stroke-dasharray="2 3"' : '';
  const marker = edge.directed ? ` marker-end="url(#${markerFor(edge.color)})"` : '';
  return (
    `<path d="M${n(edge.from.x)},${n(edge.from.y)} Q${n(cx)},${n(cy)} ${n(edge.to.x)},${n(edge.to.y)}" fill="none" ` +
    `stroke="${escapeXml(edge.color)}" stroke-width="2" opacity="0.85"${dash}${marker}><title>${escapeXml(edge.label)}</title></path>`
  );
}

export function writeSvg(scene: SvgScene): string {
  const pad = 40;
  const xs = scene.nodes.flatMap((v) => [v.x - v.size, v.x + v.size]);
  const ys = scene.nodes.flatMap((v) => [v.y - v.size, v.y + v.size + 24]);
  const minX = Math.min(0, ...xs) - pad;
  const minY = Math.min(0, ...ys) - pad;
  const width = Math.max(1, ...xs) - minX + pad;
  const height = Math.max(1, ...ys) - minY + pad;
  const markers = new Map<string, string>();
  const markerFor = (color: string) => {
    let id = markers.get(color);
    if (!id) {
      id = `arrow${markers.size}`;
      markers.set(color, id);
    }
    return id;
  };
  const edges = scene.edges.map((e) => edgeElement(e, markerFor));
  const defs = [...markers].map(
    ([color, id]) =>
      `<marker id="${id}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${escapeXml(color)}"/></marker>`,
  );
  const nodes = scene.nodes.map(
    (v) =>
      `<g>${shapeElement(v)}<text x="${n(v.x)}" y="${n(v.y + v.size / 2 + 14)}" text-anchor="middle">${escapeXml(v.label)}</text></g>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(minX)} ${n(minY)} ${n(width)} ${n(height)}" width="${n(width)}" height="${n(height)}" font-family="system-ui, sans-serif" font-size="12">`,
    `<title>${escapeXml(scene.title)}</title>`,
    `<defs>${defs.join('')}</defs>`,
    scene.background ? `<rect x="${n(minX)}" y="${n(minY)}" width="${n(width)}" height="${n(height)}" fill="${escapeXml(scene.background)}"/>` : '',
    `<g class="edges">${edges.join('')}</g>`,
    `<g class="nodes">${nodes.join('')}</g>`,
    '</svg>',
    '',
  ].join('\n');
}
