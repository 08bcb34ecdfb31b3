import { dispatch, useAppState } from '../state/store';

/** A bad file's problems, each named; the graph that was open stays as it was. */
export function ProblemsBanner() {
  const problems = useAppState((s) => s.problems);
  if (!problems) return null;
  return (
    <div className="problems" role="alert" data-testid="problems">
      <strong>{problems.title}</strong>
      <ul>
        {problems.items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
      <button type="button" onClick={() => dispatch({ type: 'problems', problems: null })}>
        Dismiss
      </button>
    </div>
  );
}
