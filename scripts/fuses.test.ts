import { createRequire } from 'node:module';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { fuseConfig } = require('../build/fuses.cjs') as { fuseConfig: () => Record<string | number, unknown> };

describe('Electron fuses flipped by build/afterPack.cjs (security checklist item 19)', () => {
  const config = fuseConfig();

  it('turn off every way to run the binary as something else than the packaged app', () => {
    expect(config.version).toBe(FuseVersion.V1);
    expect(config[FuseV1Options.RunAsNode]).toBe(false);
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(config[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('load only an integrity-checked app.asar, and encrypt cookies', () => {
    expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true);
  });

  it('sets exactly these fuses (a new fuse is a decision, not a default)', () => {
    expect(Object.keys(config).sort()).toEqual(
      ['version', ...[0, 1, 2, 3, 4, 5, 7].map(String)].sort(),
    );
  });
});
