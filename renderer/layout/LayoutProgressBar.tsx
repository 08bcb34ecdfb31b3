import { useRunningLayout } from './layoutProgressStore';

/**
 * "Laying out 10,000 actors… 40%" with a Cancel button, while a background layout runs. The
 * percentage has a fixed width so the button does not move under the pointer as the figure grows.
 */
export function LayoutProgressBar() {
  const running = useRunningLayout();
  if (!running) return null;
  const percent = running.total > 0 ? Math.round((running.done / running.total) * 100) : 0;
  const label = `Laying out ${running.actors.toLocaleString('en')} actors`;
  return (
    <span className="layout-progress" data-testid="layout-progress">
      <label>
        {label}… <span className="layout-percent">{percent}%</span>
        <progress max={100} value={percent} aria-label={label} />
      </label>
      <button type="button" onClick={running.cancel} title="Stop the layout; actors stay where they are">
        Cancel layout
      </button>
    </span>
  );
}
