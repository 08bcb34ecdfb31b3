import { useEffect, useRef, useState } from 'react';
import { STANCES } from '../../core/model/vocabulary';
import { playbackSteps, type TimeBin } from '../../core/time/histogram';
import { STANCE_COLOR } from '../graph/palette';
import { dispatch, store, useAppState } from '../state/store';

const WIDTH = 600;
const HEIGHT = 56;
const STEP_MS = 700;

/**
 * Relations over time: a stacked histogram by stance, a brush (drag across bars) that sets the time
 * filter, and playback that steps the window's end through the months so relations appear as their
 * dates pass. Intervals count in every month they span; undated relations follow the filter's choice.
 */
export function Timeline() {
  const doc = useAppState((s) => s.doc);
  const from = useAppState((s) => s.filters.timeFrom);
  const to = useAppState((s) => s.filters.timeTo);
  const includeUndated = useAppState((s) => s.filters.includeUndated);
  const histogram = doc?.facets.monthHistogram ?? null;
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const [playing, setPlaying] = useState(false);
  const timer = useRef<number | null>(null);

  useEffect(() => () => {
    if (timer.current !== null) window.clearInterval(timer.current);
  }, []);

  if (!doc || !histogram || histogram.bins.length === 0) return null;
  const bins = histogram.bins;
  const max = Math.max(1, ...bins.map((b) => b.count));
  const barWidth = WIDTH / bins.length;
  const inWindow = (b: TimeBin) => (from === null || b.end >= from) && (to === null || b.start <= to);
  const binAt = (clientX: number, svg: SVGSVGElement) => {
    const rect = svg.getBoundingClientRect();
    return Math.max(0, Math.min(bins.length - 1, Math.floor(((clientX - rect.left) / rect.width) * bins.length)));
  };
  const setWindow = (a: number, b: number) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    dispatch({ type: 'filters-changed', patch: { timeFrom: bins[lo]!.start, timeTo: bins[hi]!.end } });
  };

  const stop = () => {
    if (timer.current !== null) window.clearInterval(timer.current);
    timer.current = null;
    setPlaying(false);
  };
  const play = () => {
    const steps = playbackSteps(bins);
    const start = store.getState().doc!.facets.timeBounds?.from ?? bins[0]!.start;
    let i = 0;
    setPlaying(true);
    dispatch({ type: 'filters-changed', patch: { timeFrom: start, timeTo: steps[0]! } });
    timer.current = window.setInterval(() => {
      i++;
      if (i >= steps.length) return stop();
      dispatch({ type: 'filters-changed', patch: { timeTo: steps[i]! } });
      return undefined;
    }, STEP_MS);
  };

  return (
    <section className="timeline" aria-label="Relations over time">
      <div className="timeline-controls">
        <button type="button" onClick={playing ? stop : play} aria-pressed={playing}>
          {playing ? 'Stop' : 'Play'}
        </button>
        <button type="button" disabled={from === null && to === null} onClick={() => dispatch({ type: 'filters-changed', patch: { timeFrom: null, timeTo: null } })}>
          All time
        </button>
        <label className="checkbox">
          <input type="checkbox" checked={includeUndated} onChange={(e) => dispatch({ type: 'filters-changed', patch: { includeUndated: e.target.checked } })} />
          Undated ({histogram.undated})
        </label>
        <span className="hint" data-testid="timeline-window">
          {from || to ? `${from ?? '…'} to ${to ?? '…'}` : `${bins[0]!.label} to ${bins[bins.length - 1]!.label}, ${histogram.dated} dated relations`}
        </span>
      </div>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT + 14}`}
        preserveAspectRatio="none"
        className="timeline-chart"
        role="img"
        aria-label={`Histogram of ${histogram.dated} dated relations by month; drag across it to filter a time range`}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          const bin = binAt(e.clientX, e.currentTarget);
          setDrag({ start: bin, end: bin });
        }}
        onPointerMove={(e) => drag && setDrag({ ...drag, end: binAt(e.clientX, e.currentTarget) })}
        onPointerUp={() => {
          if (drag) setWindow(drag.start, drag.end);
          setDrag(null);
        }}
      >
        {bins.map((bin, i) => {
          let y = HEIGHT;
          const active = drag ? i >= Math.min(drag.start, drag.end) && i <= Math.max(drag.start, drag.end) : inWindow(bin);
          return (
            <g key={bin.label} opacity={active ? 1 : 0.3}>
              <title>{`${bin.label}: ${bin.count} relation${bin.count === 1 ? '' : 's'}`}</title>
              {STANCES.map((stance) => {
                const h = (bin.byStance[stance] / max) * (HEIGHT - 4);
                y -= h;
                return <rect key={stance} x={i * barWidth + 1} y={y} width={Math.max(1, barWidth - 2)} height={h} fill={STANCE_COLOR[stance]} />;
              })}
              {i % Math.ceil(bins.length / 8) === 0 ? (
                <text x={i * barWidth + 1} y={HEIGHT + 11} fontSize="9" fill="currentColor">
                  {bin.label}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
    </section>
  );
}
