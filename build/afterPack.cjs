// @ts-check
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder loads hooks as CommonJS */
/**
 * electron-builder afterPack hook: flips the Electron fuses (build/fuses.cjs) in the packaged
 * executable. afterPack runs after the app is copied and before it is signed, so the signature covers
 * the flipped binary. A binary whose fuses cannot be flipped fails the build: an unhardened installer
 * must never be produced.
 */
const path = require('node:path');
const { flipFuses } = require('@electron/fuses');
const { fuseConfig } = require('./fuses.cjs');

/** The file @electron/fuses must patch for this platform (the .app bundle on macOS). */
function executablePath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const productFilename = packager.appInfo.productFilename;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${productFilename}.exe`);
    default:
      return path.join(appOutDir, packager.executableName);
  }
}

/** @param {import('app-builder-lib').AfterPackContext} context */
async function afterPack(context) {
  const file = executablePath(context);
  const config = fuseConfig();
  // electron-builder signs macOS after this hook; on arm64 the ad-hoc signature must be reset now or
  // the flipped binary will not start before signing.
  const isMacArm = context.electronPlatformName === 'darwin' && context.arch === 3; // Arch.arm64
  await flipFuses(file, { ...config, resetAdHocDarwinSignature: isMacArm });
  console.log(`  • fuses flipped  file=${file}`);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.executablePath = executablePath;
