import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../core/extraction/extractCandidates';
import { scoreExtraction, type ExpectedActor, type ExpectedRelation, type ExtractionScore } from '../core/extraction/scoreExtraction';
import type { ExtractionResult } from '../core/extraction/types';
import { parseGraphText } from '../core/io/nativeFormat';

/**
 * Quality of extraction, measured: the bundled article against its curated graph, and three short
 * news texts (written for this test, before the extractor was tuned) against their expected relations.
 * Each must reach recall ≥ 0.80 and precision ≥ 0.70 on relations (type and both endpoints).
 */
interface Case {
  readonly name: string;
  readonly result: ExtractionResult;
  readonly actors: readonly ExpectedActor[];
  readonly relations: readonly ExpectedRelation[];
}

function bundledCase(): Case {
  const parsed = parseGraphText(readFileSync('data/belarus-china.kg.json', 'utf8'));
  if (!parsed.ok) throw new Error('the bundled graph does not open');
  const graph = parsed.value;
  const source = graph.sources[0]!;
  const result = extractCandidates({ title: source.title, text: source.text, published: source.published, url: source.url, outlet: source.outlet });
  return { name: 'belarus-china (bundled)', result, actors: graph.nodes, relations: graph.edges };
}

interface Fixture {
  readonly published: string;
  readonly actors: readonly ExpectedActor[];
  readonly relations: readonly ExpectedRelation[];
}

function fixtureCase(name: string): Case {
  const dir = 'data/extraction-fixtures';
  const text = readFileSync(path.join(dir, `${name}.txt`), 'utf8');
  const expected = JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as Fixture;
  const title = text.split('\n')[0]!;
  const result = extractCandidates({ title, text, published: expected.published, url: null, outlet: null });
  return { name, result, actors: expected.actors, relations: expected.relations };
}

const cases = [bundledCase(), ...['france-germany', 'us-iran-sanctions', 'african-union-summit'].map(fixtureCase)];
const scores = new Map<string, ExtractionScore>(cases.map((c) => [c.name, scoreExtraction(c.result, c.actors, c.relations)]));

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
function table(): string {
  const rows = [...scores.entries()].map(([name, s]) => `${name.padEnd(26)} ${String(s.expected).padStart(8)} ${String(s.candidates).padStart(10)} ${String(s.found).padStart(6)} ${String(s.correct).padStart(8)} ${pct(s.recall)} ${pct(s.precision)}`);
  const all = [...scores.values()];
  const sum = (f: (s: ExtractionScore) => number) => all.reduce((n, s) => n + f(s), 0);
  const expected = sum((s) => s.expected);
  const candidates = sum((s) => s.candidates);
  rows.push(`${'overall'.padEnd(26)} ${String(expected).padStart(8)} ${String(candidates).padStart(10)} ${String(sum((s) => s.found)).padStart(6)} ${String(sum((s) => s.correct)).padStart(8)} ${pct(sum((s) => s.found) / expected)} ${pct(sum((s) => s.correct) / candidates)}`);
  return [`${'text'.padEnd(26)} expected candidates  found  correct  recall precision`, ...rows].join('\n');
}

describe('extraction quality', () => {
  it('prints recall and precision per text and overall', () => {
    console.log(`\nRelation extraction quality\n${table()}\n`);
    expect(scores.size).toBe(4);
  });

  for (const c of cases) {
    it(`${c.name}: recall ≥ 0.80 and precision ≥ 0.70`, () => {
      const s = scores.get(c.name)!;
      const labels = new Map(c.result.actors.map((a) => [a.id, a.label]));
      const detail = [
        ...s.missed.map((e) => `missed ${e.source} ${e.type} ${e.target}`),
        ...s.wrong.map((r) => `wrong ${labels.get(r.source)} ${r.type} ${labels.get(r.target)} («${r.trigger.text}»)`),
      ].join('\n');
      expect(s.recall, detail).toBeGreaterThanOrEqual(0.8);
      expect(s.precision, detail).toBeGreaterThanOrEqual(0.7);
    });
  }
});
