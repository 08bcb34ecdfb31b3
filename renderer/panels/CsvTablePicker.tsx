import { CSV_FIELD_LABELS, CSV_FIELDS, type CsvField, type CsvKind, type CsvMapping } from '../../core/formats/csv/mapping';
import type { CsvFileView } from '../worker/messages';

export interface CsvTableState extends CsvFileView {
  readonly name: string;
  readonly mapping: CsvMapping;
  readonly remembered: boolean;
}

/** One CSV file in the mapping step: which column holds which field, and a preview of the rows. */
export function CsvTablePicker(props: { kind: CsvKind; table: CsvTableState; onMapping: (mapping: CsvMapping) => void }) {
  const { kind, table, onMapping } = props;
  const { headers, rows, rowCount, problems } = table.inspection;
  const fieldOf = (header: string): CsvField | undefined =>
    CSV_FIELDS[kind].find((f) => table.mapping.columns[f] === header);
  const setField = (field: CsvField, header: string) =>
    onMapping({ kind, columns: { ...table.mapping.columns, [field]: header === '' ? null : header } });
  const title = kind === 'nodes' ? 'Node list' : 'Edge list';
  return (
    <section className="csv-table" aria-label={`${title}: ${table.name}`}>
      <h3>
        {title}: {table.name} ({rowCount} rows, separated by {table.inspection.delimiter === '\t' ? 'tabs' : `“${table.inspection.delimiter}”`})
      </h3>
      {table.remembered ? <p className="hint">Using the mapping you chose last time for these columns.</p> : null}
      {problems.length > 0 ? (
        <ul className="import-report">
          {problems.map((p, i) => (
            <li key={i} className={`report-${p.level}`}>
              {p.line !== undefined ? `line ${p.line}: ` : ''}
              {p.message}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="csv-mapping">
        {CSV_FIELDS[kind].map((field) => (
          <label key={field}>
            <span>{CSV_FIELD_LABELS[field]}</span>
            <select aria-label={`${title} column for ${CSV_FIELD_LABELS[field]}`} value={table.mapping.columns[field] ?? ''} onChange={(e) => setField(field, e.target.value)}>
              <option value="">(none)</option>
              {headers.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <div className="csv-preview">
        <table>
          <thead>
            <tr>
              {headers.map((h) => (
                <th key={h} scope="col">
                  {h}
                  <br />
                  <span className="hint">{fieldOf(h) ? `→ ${CSV_FIELD_LABELS[fieldOf(h)!]}` : 'attribute'}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
