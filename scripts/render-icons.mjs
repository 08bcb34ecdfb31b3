// `node scripts/render-icons.mjs`: renders build/icon.svg, the one source image of the app icon, to
// the PNGs electron-builder and the window use, with Playwright driving Debian's Chromium (headless,
// no network):
//   build/icon.png            1024 × 1024: macOS (.icns) and Windows (.ico) are made from it by electron-builder
//   build/icons/<N>x<N>.png   16 … 1024: the Linux icon set (AppImage, deb), and 256 for the window on Linux
// `--check` renders into a temporary folder and fails if a committed PNG is missing or differs in size
// from what the SVG gives now (run it after editing the SVG; commit the PNGs).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), after checking the signature. */
export function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The output files, relative to the repository root, with their pixel size. */
export function iconFiles() {
  return [{ file: 'build/icon.png', size: 1024 }, ...ICON_SIZES.map((size) => ({ file: `build/icons/${size}x${size}.png`, size }))];
}

async function render(outDir) {
  const svg = readFileSync(path.join(root, 'build', 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    // Nothing may be fetched: the SVG is inline and self-contained.
    await page.route('**/*', (route) => route.abort());
    for (const { file, size } of iconFiles()) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg style="display:block;width:${size}px;height:${size}px" `)}</body></html>`,
      );
      const target = path.join(outDir, file);
      mkdirSync(path.dirname(target), { recursive: true });
      // omitBackground: the rounded corners stay transparent.
      writeFileSync(target, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    }
  } finally {
    await browser.close();
  }
}

async function main() {
  if (!process.argv.includes('--check')) {
    await render(root);
    for (const { file, size } of iconFiles()) console.log(`${file} ${size}×${size}`);
    return;
  }
  const scratch = mkdtempSync(path.join(tmpdir(), 'kg-icons-'));
  try {
    await render(scratch);
    const problems = [];
    for (const { file, size } of iconFiles()) {
      let committed;
      try {
        committed = pngSize(readFileSync(path.join(root, file)));
      } catch {
        problems.push(`${file} is missing`);
        continue;
      }
      const fresh = pngSize(readFileSync(path.join(scratch, file)));
      if (!committed || committed.width !== size || committed.height !== size || fresh?.width !== size) problems.push(`${file} is not ${size}×${size}`);
    }
    if (problems.length > 0) {
      console.error(`Icons out of date (run node scripts/render-icons.mjs):\n  ${problems.join('\n  ')}`);
      process.exitCode = 1;
    } else {
      console.log(`Icons: ${iconFiles().length} PNGs present at their sizes.`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
