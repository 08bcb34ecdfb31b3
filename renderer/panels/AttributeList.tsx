import type { Attributes } from '../../core/model/schema';

/** The free-form attributes a file brought (weight, club, …), in the file's order. */
export function AttributeList({ attributes }: { attributes: Attributes }) {
  const keys = Object.keys(attributes);
  if (keys.length === 0) return null;
  return (
    <>
      <h3>Attributes ({keys.length})</h3>
      <dl data-testid="attributes">
        {keys.map((key) => (
          <div key={key} className="attribute-row">
            <dt>{key}</dt>
            <dd>{String(attributes[key])}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
