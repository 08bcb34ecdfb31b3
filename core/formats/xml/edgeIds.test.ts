import { describe, expect, it } from 'vitest';
import { assignEdgeIds, REPEATED_EDGE_IDS } from './edgeIds';
import { Findings } from './findings';

const assign = (written: (string | null)[]) => {
  const findings = new Findings();
  const ids = assignEdgeIds(written, findings);
  return { ids: [...ids], report: findings.report().map((item) => item.message) };
};

describe('edge ids of the XML readers', () => {
  it('keeps ids that rise (by length, then by character) as they are, with nothing to report', () => {
    expect(assign(['e0', 'e1', 'e9', 'e10', 'e11', 'e100'])).toEqual({ ids: ['e0', 'e1', 'e9', 'e10', 'e11', 'e100'], report: [] });
    expect(assign(['0', '1', '2', '10'])).toEqual({ ids: ['0', '1', '2', '10'], report: [] });
  });

  it('keeps unique ids in any other order as they are', () => {
    expect(assign(['b', 'a', 'e10', 'e9'])).toEqual({ ids: ['b', 'a', 'e10', 'e9'], report: [] });
  });

  it('gives a repeated id a new one, also where the ids around it rise', () => {
    const { ids, report } = assign(['e0', 'e1', 'e1', 'e2']);
    expect(ids).toEqual(['e0', 'e1', 'e1~2', 'e2']);
    expect(report).toHaveLength(1);
    expect(report[0]).toContain(REPEATED_EDGE_IDS);
    expect(report[0]).toContain('e1');
  });

  it('numbers edges without an id by their position, past the ids taken', () => {
    expect(assign([null, 'e1', '', 'e0'])).toEqual({ ids: ['e0~2', 'e1', 'e2', 'e0'], report: [] });
    expect(assign(['', 'a'])).toEqual({ ids: ['e0', 'a'], report: [] });
  });
});
