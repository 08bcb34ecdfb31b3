import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { benchDatasets, benchFilter, benchMetrics, benchParse, benchSearch, TMP } from './core';
import { figures } from './measure';

const quick = process.argv.includes('--quick');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const want = (name: string) => !only || only.includes(name);

function writeResults(): void {
  mkdirSync('bench/results', { recursive: true });
  const json = figures.map(({ metric, size, ms, baselineMs, ratio }) => ({ metric, size, ms, baselineMs, ratio }));
  writeFileSync('bench/results/latest.json', `${JSON.stringify(json, null, 2)}\n`);
  const rows = figures.map((f) => `| ${f.metric} | ${f.size} | ${f.ms} | ${f.baselineMs ?? '–'} | ${f.baseline} | ${f.ratio ?? '–'} |`);
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
    if (want('metrics')) benchMetrics(quick ? 5_000 : 50_000, quick ? 1_000 : 10_000);
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
