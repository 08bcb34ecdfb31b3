import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { benchDatasets, benchFilter, benchLayout, benchMetrics, benchParse, benchSearch, TMP } from './core';
import { benchExtract } from './extract';
import { figures } from './measure';

const quick = process.argv.includes('--quick');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const want = (name: string) => !only || only.includes(name);

interface Row {
  readonly metric: string;
  readonly size: string;
  readonly ms: number;
  readonly baselineMs: number | null;
  readonly baseline?: string;
  readonly ratio: number | null;
}

/**
 * With --only, the figures of the parts that did not run are kept from the last results, so a partial
 * run refreshes its rows instead of wiping the others (their order is kept; new rows go last).
 */
function mergedRows(): Row[] {
  const fresh: Row[] = figures.map(({ metric, size, ms, baselineMs, baseline, ratio }) => ({ metric, size, ms, baselineMs, baseline, ratio }));
  if (!only || !existsSync('bench/results/latest.json')) return fresh;
  const key = (r: Row) => `${r.metric}\u0000${r.size}`;
  const byKey = new Map(fresh.map((r) => [key(r), r]));
  const old = JSON.parse(readFileSync('bench/results/latest.json', 'utf8')) as Row[];
  const out = old.map((r) => byKey.get(key(r)) ?? r);
  const kept = new Set(out.map(key));
  return [...out, ...fresh.filter((r) => !kept.has(key(r)))];
}

function writeResults(): void {
  mkdirSync('bench/results', { recursive: true });
  const all = mergedRows();
  const json = all.map(({ metric, size, ms, baselineMs, baseline, ratio }) => ({ metric, size, ms, baselineMs, baseline: baseline ?? null, ratio }));
  writeFileSync('bench/results/latest.json', `${JSON.stringify(json, null, 2)}\n`);
  const rows = all.map((f) => `| ${f.metric} | ${f.size} | ${f.ms} | ${f.baselineMs ?? '–'} | ${f.baseline ?? '–'} | ${f.ratio ?? '–'} |`);
  const md = [
    `# Benchmark results${quick ? ' (--quick)' : ''}`,
    '',
    `Median of several runs, ms; ratio = ms / baseline ms (below 1 is faster than the baseline). ${new Date().toISOString().slice(0, 10)}, ${process.platform}, Node ${process.version}.`,
    '',
    '| metric | size | ms | baseline ms | baseline | ratio |',
    '|---|---|---:|---:|---|---:|',
    ...rows,
    '',
  ].join('\n');
  writeFileSync('bench/results/latest.md', md);
  console.log(`\n${md}`);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  try {
    if (want('parse')) benchParse(quick ? [1000] : [1000, 10_000, 100_000]);
    if (want('datasets')) benchDatasets();
    if (want('filter')) benchFilter(quick ? 10_000 : 50_000);
    if (want('search')) benchSearch(quick ? 10_000 : 100_000);
    if (want('extract')) benchExtract();
    if (want('metrics')) benchMetrics(quick ? 5_000 : 50_000, quick ? 1_000 : 10_000);
    if (want('layout')) benchLayout(quick ? 2_000 : 10_000, 100);
    if (want('worker')) {
      const { benchParseInWorker } = await import('./parseInWorker');
      await benchParseInWorker(quick ? 10_000 : 100_000);
    }
    if (want('browser')) {
      const { benchBrowser } = await import('./browser');
      await benchBrowser(quick || process.argv.includes('--browser-quick'));
    }
  } finally {
    writeResults();
    rmSync(TMP, { recursive: true, force: true });
    console.log(`bench finished in ${Math.round((performance.now() - t0) / 1000)} s`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
