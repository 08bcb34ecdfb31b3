import { describe, expect, it } from 'vitest';
import { guessCsvMapping, inspectCsv } from './index';

const mapped = (columns: object) => Object.fromEntries(Object.entries(columns).filter(([, header]) => header !== null));

describe('guessCsvMapping', () => {
  it('guesses an edge list from source and target synonyms, case-insensitively', () => {
    const mapping = guessCsvMapping(['From', 'TO', 'Relationship', 'Year', 'weight', 'Notes']);
    expect(mapping.kind).toBe('edges');
    expect(mapped(mapping.columns)).toEqual({ source: 'From', target: 'TO', type: 'Relationship', date: 'Year', note: 'Notes' });
  });

  it('reads "Source Id", "source_id" and "SourceId" alike', () => {
    for (const [s, t] of [['Source Id', 'Target Id'], ['source_id', 'target_id'], ['SourceId', 'TargetId']] as const) {
      expect(mapped(guessCsvMapping([s, t]).columns)).toEqual({ source: s, target: t });
    }
  });

  it('guesses a node list otherwise: name, category, description', () => {
    const mapping = guessCsvMapping(['Key', 'Name', 'Category', 'Desc', 'Weight']);
    expect(mapping.kind).toBe('nodes');
    expect(mapped(mapping.columns)).toEqual({ id: 'Key', label: 'Name', type: 'Category', description: 'Desc' });
    expect(mapping.columns.x).toBeNull();
  });

  it('prefers exact field names over synonyms, and takes each column once', () => {
    const mapping = guessCsvMapping(['name', 'label', 'id', 'title']);
    expect(mapped(mapping.columns)).toEqual({ id: 'id', label: 'label' });
  });

  it('never takes this app’s attr.* columns', () => {
    expect(mapped(guessCsvMapping(['id', 'attr.label', 'attr.date']).columns)).toEqual({ id: 'id' });
  });

  it('follows the kind it is given', () => {
    const mapping = guessCsvMapping(['id', 'source', 'target'], 'nodes');
    expect(mapping.kind).toBe('nodes');
    expect(mapped(mapping.columns)).toEqual({ id: 'id' });
  });

  it('takes Gephi’s edge "Type" as the direction: by its values, or by Gephi’s own headers', () => {
    const gephi = ['Source', 'Target', 'Type', 'Id', 'Label', 'Weight'];
    expect(mapped(guessCsvMapping(gephi).columns)).toEqual({ id: 'Id', source: 'Source', target: 'Target', directed: 'Type' });
    expect(guessCsvMapping(['source', 'target', 'type'], undefined, [['a', 'b', 'Undirected'], ['b', 'c', 'directed']]).columns.directed).toBe('type');
    const relations = guessCsvMapping(['Source', 'Target', 'Type'], undefined, [['a', 'b', 'ally']]);
    expect(mapped(relations.columns)).toEqual({ source: 'Source', target: 'Target', type: 'Type' });
    // With its own direction column, "Type" is the relation type.
    expect(mapped(guessCsvMapping(['Source', 'Target', 'Type', 'Directed']).columns)).toMatchObject({ type: 'Type', directed: 'Directed' });
  });
});

describe('inspectCsv', () => {
  it('gives delimiter, headers, the first 10 rows and the row count', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `n${i};Node ${i}`);
    const inspected = inspectCsv(`\uFEFFid;label\r\n${rows.join('\r\n')}\r\n`);
    expect(inspected.delimiter).toBe(';');
    expect(inspected.headers).toEqual(['id', 'label']);
    expect(inspected.rows).toHaveLength(10);
    expect(inspected.rows[0]).toEqual(['n0', 'Node 0']);
    expect(inspected.rowCount).toBe(12);
    expect(inspected.problems).toEqual([]);
  });

  it('detects tabs, pads short rows, and names duplicate and empty headers', () => {
    const inspected = inspectCsv('a\ta\t\n1\n');
    expect(inspected.delimiter).toBe('\t');
    expect(inspected.headers).toEqual(['a', 'a (2)', 'column 3']);
    expect(inspected.rows).toEqual([['1', '', '']]);
    expect(inspected.problems.map((p) => p.level)).toEqual(['warning', 'info', 'warning']);
  });

  it('reports a file it cannot read', () => {
    const inspected = inspectCsv('a,b\n"1,2\n');
    expect(inspected.headers).toEqual([]);
    expect(inspected.problems[0]).toMatchObject({ level: 'error', line: 2, column: 1 });
  });
});
