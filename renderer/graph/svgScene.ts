import type { Core } from 'cytoscape';
import type { SvgScene } from '../../core/formats/svg/writeSvg';
import type { ActorType, Stance } from '../../core/model/vocabulary';
import { ACTOR_STYLE, STANCE_COLOR } from './palette';

/** What the canvas shows, as a scene for the SVG writer: visible elements, their look and places. */
export function sceneOf(cy: Core, title: string, transparent: boolean): SvgScene {
  // What is drawn: not hidden, not folded into a dyad or a collapsed group, not an expanded group's box.
  const visible = cy
    .elements()
    .not('.hidden, .collapsed-away, .in-collapsed')
    .filter((el) => !(el.hasClass('group') && !el.hasClass('collapsed')));
  const nodes = visible.nodes().map((node) => {
    const type = node.data('type') as ActorType;
    const style = node.hasClass('group') ? { color: '#8aa4c8', shape: 'round-rectangle' } : (ACTOR_STYLE[type] ?? ACTOR_STYLE.other);
    const p = node.position();
    return { label: String(node.data('label')), x: p.x, y: p.y, color: style.color, shape: style.shape, size: node.width() };
  });
  const edges = visible.edges().map((edge) => {
    const stance = edge.data('stance') as Stance;
    const confidence = Number(edge.data('confidence'));
    return {
      label: String(edge.data('typeLabel')),
      from: edge.sourceEndpoint(),
      via: edge.midpoint(),
      to: edge.targetEndpoint(),
      color: STANCE_COLOR[stance] ?? STANCE_COLOR.neutral,
      directed: Boolean(edge.data('directed')),
      dash: confidence < 0.7 ? ('dotted' as const) : edge.data('directed') ? ('solid' as const) : ('dashed' as const),
    };
  });
  return { title, nodes, edges, background: transparent ? null : '#ffffff' };
}
