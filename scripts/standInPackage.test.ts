import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, describe, expect, it } from 'vitest';
import { disallowedFiles, REQUIRED_FILES } from './packagedFiles';

/**
 * The real electron-builder run (electron-builder.yml, afterPack hook, asar), with a stand-in for the
 * Electron binary, which cannot be downloaded here: a file carrying Electron's fuse wire with Electron
 * 45's defaults. Checks the files in the app.asar electron-builder wrote, and the fuses afterPack
 * flipped in the packaged executable. Linux `dir` target only (no installer, no download).
 */

const require = createRequire(import.meta.url);
const asar = require('@electron/asar') as {
  listPackage: (archive: string, options: { isPack: boolean }) => string[];
  statFile: (archive: string, file: string) => object;
};
const root = path.resolve(import.meta.dirname, '..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron 45's fuse wire as shipped: RunAsNode, NodeOptions, Inspect, FileProtocol and WasmTrap on. */
const ELECTRON_DEFAULT_WIRE = '101100011';

const built = existsSync(path.join(root, 'dist', 'electron', 'main.cjs')) && existsSync(path.join(root, 'dist', 'renderer', 'index.html'));
const reason = process.platform !== 'linux' ? 'the stand-in is a Linux layout' : !built ? 'dist/ not built (npm run build)' : '';
if (reason) console.log(`[stand-in package] skipped: ${reason}`);

describe.runIf(reason === '')('electron-builder with a stand-in Electron binary', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'kg-pack-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  function packStandIn(): string {
    const dist = path.join(work, 'electron-dist');
    mkdirSync(path.join(dist, 'resources'), { recursive: true });
    const binary = Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n'), Buffer.from(SENTINEL), Buffer.from([1, ELECTRON_DEFAULT_WIRE.length]), Buffer.from(ELECTRON_DEFAULT_WIRE), Buffer.alloc(16)]);
    writeFileSync(path.join(dist, 'electron'), binary);
    chmodSync(path.join(dist, 'electron'), 0o755);
    writeFileSync(path.join(dist, 'LICENSE'), '');
    writeFileSync(path.join(dist, 'version'), '45.5.0');
    const out = path.join(work, 'release');
    const run = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules', 'electron-builder', 'cli.js'), '--linux', 'dir', '--x64', `-c.electronDist=${dist}`, `-c.directories.output=${out}`],
      { cwd: root, encoding: 'utf8', env: { ...process.env, ELECTRON_BUILDER_OFFLINE: 'true' } },
    );
    if (run.status !== 0) throw new Error(`electron-builder failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
    return path.join(out, 'linux-unpacked');
  }

  it('packs only allow-listed files into app.asar and afterPack flips the fuses', async () => {
    const appDir = packStandIn();
    const archive = path.join(appDir, 'resources', 'app.asar');
    const files = asar
      .listPackage(archive, { isPack: false })
      .map((f) => f.replace(/\\/g, '/').replace(/^\//, ''))
      // Folders are listed too; an entry with `files` is a folder.
      .filter((f) => !('files' in asar.statFile(archive, f)));
    expect(disallowedFiles(files)).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(REQUIRED_FILES));
    // No loose app folder next to the asar (OnlyLoadAppFromAsar would refuse it anyway).
    expect(existsSync(path.join(appDir, 'resources', 'app'))).toBe(false);

    const wire = await getCurrentFuseWire(path.join(appDir, 'kg-explorer'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
  }, 180_000);
});

