import { useRunningTask } from './taskProgressStore';

/**
 * "Reading big.gexf… 43%" or "Writing GraphML… 40%" with a Cancel button while the graph worker
 * reads or writes a big file (seconds for XML). Same shape as the layout's progress bar, so the
 * button does not move as the figure grows.
 */
export function TaskProgressBar() {
  const task = useRunningTask();
  if (!task) return null;
  return (
    <span className="layout-progress" data-testid="task-progress">
      <label>
        {task.label}… <span className="layout-percent">{task.percent}%</span>
        <progress max={100} value={task.percent} aria-label={task.label} />
      </label>
      <button type="button" onClick={task.cancel} title="Stop it; the graph that is open stays as it is">
        {task.cancelLabel}
      </button>
    </span>
  );
}
