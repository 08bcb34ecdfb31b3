import { useMemo } from 'react';
import { ACTOR_TYPE_LABELS, ACTOR_TYPES, STANCES } from '../../core/model/vocabulary';
import { ACTOR_STYLE, STANCE_COLOR } from '../graph/palette';
import { useAppState } from '../state/store';

export function Legend() {
  const doc = useAppState((s) => s.doc);
  const types = useMemo(() => ACTOR_TYPES.filter((t) => doc?.graph.nodes.some((n) => n.type === t)), [doc]);
  return (
    <section className="legend" aria-label="Legend">
      <h2>Legend</h2>
      <ul>
        {types.map((t) => (
          <li key={t}>
            <span className={`swatch shape-${ACTOR_STYLE[t].shape}`} style={{ background: ACTOR_STYLE[t].color }} aria-hidden />
            {ACTOR_TYPE_LABELS[t]}
          </li>
        ))}
      </ul>
      <ul>
        {STANCES.map((s) => (
          <li key={s}>
            <span className="swatch line" style={{ background: STANCE_COLOR[s] }} aria-hidden />
            {s}
          </li>
        ))}
        <li>
          <span className="swatch line dashed" aria-hidden />
          mutual (no direction)
        </li>
        <li>
          <span className="swatch line dotted" aria-hidden />
          confidence below 0.7
        </li>
      </ul>
    </section>
  );
}
