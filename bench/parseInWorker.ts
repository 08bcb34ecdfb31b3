import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright';
import type { FormatId } from '../core/formats/formatIds';
import { median, record } from './measure';
import type { ParseReply, ParseRequest } from './worker/parseWorker';

const WORKER_FILE = path.resolve('dist/bench-worker/parseWorker.js');
const ORIGIN = 'http://bench.invalid';
const FORMAT_IDS: readonly FormatId[] = ['native', 'graphml', 'gexf', 'csv', 'cyjs', 'jgf'];

/**
 * Parse + validate where the app does it: each reader in a dedicated worker of headless Chromium
 * (bench/worker/parseWorker.ts), five runs, the median (the first run, cold, is in the five, as in
 * the Node figures at 100k). The baseline is JSON.parse of the native text in the same worker.
 */
export async function benchParseInWorker(edges: number): Promise<void> {
  console.log(`\nparse + validate in a worker of headless Chromium (${edges / 1000}k edges)`);
  execFileSync('npx', ['vite', 'build', '-c', 'bench/worker/vite.parseWorker.config.ts'], { stdio: 'inherit' });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--js-flags=--expose-gc'] });
  try {
    const page = await browser.newPage();
    // One made-up origin, served from memory: the worker script and an empty page to start it from.
    await page.route(`${ORIGIN}/**`, (route) =>
      new URL(route.request().url()).pathname === '/parseWorker.js'
        ? route.fulfill({ body: readFileSync(WORKER_FILE, 'utf8'), contentType: 'text/javascript' })
        : route.fulfill({ body: '<!doctype html><title>bench</title>', contentType: 'text/html' }),
    );
    await page.goto(`${ORIGIN}/`);
    const request: ParseRequest = { edges, formats: FORMAT_IDS, runs: 5 };
    const reply = await page.evaluate(
      (req) =>
        new Promise<ParseReply>((resolve, reject) => {
          const worker = new Worker('/parseWorker.js');
          worker.onmessage = (event: MessageEvent<ParseReply>) => resolve(event.data);
          worker.onerror = (event) => reject(new Error(event.message));
          worker.postMessage(req);
        }),
      request,
    );
    if (reply.error !== null) throw new Error(`parse in the worker: ${reply.error}`);
    const baseline = median(reply.jsonParse);
    const size = `${edges / 1000}k edges`;
    for (const id of FORMAT_IDS) record(`parse ${id} in the worker (Chromium)`, size, median(reply.times[id] ?? []), baseline, 'JSON.parse of native text, same worker');
  } finally {
    await browser.close();
  }
}
