import { describe, expect, it } from 'vitest';
import { csvFormat } from './index';

const read = (text: string) => csvFormat.read(text, 'test.edges.csv');
const messages = (report: readonly { message: string }[]) => report.map((item) => item.message);

// readParsedTables reads each edge row and builds its relation at once, with one store for every row.
// These pin what that must not change: the report lists what reading cells noticed before what
// building relations noticed, as when every row was read first, and numbered ids skip ids of later rows.
describe('CSV edge rows read one at a time', () => {
  it('reports cell notes (direction, evidence, date) before relation notes, whichever row came first', () => {
    const text = [
      'source,target,type,directed,evidence,date',
      'a,b,,yes,,2023', // no type: a relation note, in the first row
      'b,c,Allies With,sideways,not json,Feb 2023', // cell notes come only from the second row
      'c,a,ally_with,no,"[]",2021-05',
    ].join('\n');
    const { graph, report } = read(text);
    expect(graph?.edges.map((e) => [e.id, e.type, e.directed])).toEqual([
      ['e1', 'related_to', true],
      ['e2', 'allies_with', true],
      ['e3', 'ally_with', false],
    ]);
    expect(graph?.edges[1]?.attributes).toEqual({ evidence: 'not json', date: 'Feb 2023' });
    const notes = messages(report).filter((m) => /\(\d+\)/.test(m));
    expect(notes).toEqual([
      'Relations whose direction is not true/false or Directed/Undirected, read as directed (1): line 3',
      'Evidence cells that are not evidence lists (JSON), kept as attribute "evidence" (1): line 3',
      'Dates not written as 2023, 2023-02 or 2023-02-28, kept as attribute "date" (1): line 3',
      'Relations without a type, set to "related_to" (1): e1',
      'Relations without a known stance, set from their type or to "neutral" (3): e1, e2, e3',
      'Relations without a confidence, set to 1 (3): e1, e2, e3',
      'Relation types rewritten as snake_case words (1): e2',
      'Relations without an id, numbered (3): e1, e2, e3',
      'Actors named in the edge list, added with their id as label and type "other" (3): a, b, c',
    ]);
  });

  it('numbers rows without an id past the ids of every row, later ones included', () => {
    const { graph, report } = read('id,source,target\n,a,b\n,b,c\ne1,c,a\ne3,a,c\n,c,b\n');
    expect(graph?.edges.map((e) => e.id)).toEqual(['e2', 'e4', 'e1', 'e3', 'e5']);
    expect(messages(report)).toContain('Relations without an id, numbered (3): e2, e4, e5');
  });
});
