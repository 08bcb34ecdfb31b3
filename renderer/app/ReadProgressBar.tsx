import { useReadingFile } from './readProgressStore';

/**
 * "Reading big.gexf… 43%" with a Cancel button while the worker reads a file (a 90 MB GEXF takes
 * seconds). Same shape as the layout's progress bar, so the button does not move as the figure grows.
 */
export function ReadProgressBar() {
  const reading = useReadingFile();
  if (!reading) return null;
  const label = `Reading ${reading.fileName}`;
  return (
    <span className="layout-progress" data-testid="read-progress">
      <label>
        {label}… <span className="layout-percent">{reading.percent}%</span>
        <progress max={100} value={reading.percent} aria-label={label} />
      </label>
      <button type="button" onClick={reading.cancel} title="Stop reading; the graph that is open stays">
        Cancel reading
      </button>
    </span>
  );
}
