import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainWindowOptions, WINDOW_ICON } from '../electron/webPreferences';
import { builderFileGlobs, packagedFiles } from './packagedFiles';

/**
 * The app icon: PNGs rendered from build/icon.svg by scripts/render-icons.mjs and committed. Each must
 * exist at its pixel size (read from the PNG header), and every icon electron-builder.yml names must
 * exist and be big enough for the .icns/.ico electron-builder makes from it.
 */
const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load: (text: string) => unknown };

/** Width and height from the IHDR chunk, after the 8-byte PNG signature; null if not a PNG. */
function pngSize(file: string): { width: number; height: number } | null {
  const bytes = readFileSync(path.join(root, file));
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (signature.some((b, i) => bytes[i] !== b) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface BuilderIcons {
  readonly mac?: { icon?: string };
  readonly win?: { icon?: string };
  readonly linux?: { icon?: string };
}
const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderIcons;

describe('app icons (build/icon.svg → scripts/render-icons.mjs)', () => {
  it('the source image is an SVG of 1024 × 1024', () => {
    expect(readFileSync(path.join(root, 'build/icon.svg'), 'utf8')).toMatch(/^<svg [^>]*width="1024" height="1024" viewBox="0 0 1024 1024"/);
  });

  it('every rendered PNG exists at its size', () => {
    expect(pngSize('build/icon.png')).toEqual({ width: 1024, height: 1024 });
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(`build/icons/${size}x${size}.png`), `build/icons/${size}x${size}.png`).toEqual({ width: size, height: size });
    }
  });

  it('electron-builder.yml gives macOS and Windows the 1024 PNG and Linux the folder of sizes', () => {
    expect(config.mac?.icon).toBe('build/icon.png');
    expect(config.win?.icon).toBe('build/icon.png');
    expect(config.linux?.icon).toBe('build/icons');
    expect(existsSync(path.join(root, 'build/icon.png'))).toBe(true);
    // electron-builder takes the size from the file name in a Linux icon folder.
    const linux = readdirSync(path.join(root, 'build/icons')).sort();
    expect(linux).toEqual(['1024x1024.png', '128x128.png', '16x16.png', '24x24.png', '256x256.png', '32x32.png', '48x48.png', '512x512.png', '64x64.png']);
    for (const name of linux) {
      const [width, height] = name.replace('.png', '').split('x').map(Number);
      expect(pngSize(`build/icons/${name}`)).toEqual({ width, height });
    }
  });

  it('the Linux window icon is packaged, exists, and is what the window gets when asked', () => {
    expect(pngSize(WINDOW_ICON)).toEqual({ width: 256, height: 256 });
    expect(packagedFiles(root, builderFileGlobs(root))).toContain(WINDOW_ICON);
    expect(mainWindowOptions('/p.cjs', `/app/${WINDOW_ICON}`).icon).toBe(`/app/${WINDOW_ICON}`);
    expect(mainWindowOptions('/p.cjs')).not.toHaveProperty('icon');
  });
});
