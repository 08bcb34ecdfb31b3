// @ts-check
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder loads hooks as CommonJS */
/**
 * The Electron fuses of the packaged app (security checklist item 19), as a plain object so that
 * scripts/fuses.test.ts can check it without an Electron binary. build/afterPack.cjs writes it into
 * the packaged executable with @electron/fuses, before electron-builder signs it.
 */
const { FuseVersion, FuseV1Options } = require('@electron/fuses');

/** @returns {import('@electron/fuses').FuseConfig} */
function fuseConfig() {
  return {
    version: FuseVersion.V1,
    // The packaged binary can never be turned into a plain Node.js (ELECTRON_RUN_AS_NODE).
    [FuseV1Options.RunAsNode]: false,
    // NODE_OPTIONS / NODE_EXTRA_CA_CERTS in the environment cannot inject code or flags.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    // --inspect, --inspect-brk etc. cannot attach a debugger to the main process.
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // app.asar is checked against the hash electron-builder embeds (macOS Info.plist, Windows resource).
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    // Only app.asar is loaded: no app/ folder or loose files next to it.
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // Cookies (and other session storage) encrypted at rest with an OS-held key.
    [FuseV1Options.EnableCookieEncryption]: true,
    // file:// pages get no extra powers; the app loads from app://kg/ (electron/protocol.ts).
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

module.exports = { fuseConfig };
