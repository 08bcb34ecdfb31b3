/** One actor a relation can start or end at, as its picker lists it. */
export interface EndpointChoice {
  readonly id: string;
  readonly label: string;
}

/**
 * The "From" and "To" pickers of a relation, both over the same actors (the relation dialog and the
 * extraction review's relation editor).
 */
export function RelationEndpointFields(props: {
  choices: readonly EndpointChoice[];
  source: string;
  target: string;
  onSource: (id: string) => void;
  onTarget: (id: string) => void;
}) {
  return (
    <>
      <EndpointSelect label="From" choices={props.choices} value={props.source} onChange={props.onSource} />
      <EndpointSelect label="To" choices={props.choices} value={props.target} onChange={props.onTarget} />
    </>
  );
}

function EndpointSelect(props: { label: string; choices: readonly EndpointChoice[]; value: string; onChange: (id: string) => void }) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.choices.map((a) => (
          <option key={a.id} value={a.id}>
            {a.label}
          </option>
        ))}
      </select>
    </label>
  );
}
