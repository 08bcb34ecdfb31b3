// `npm start`: build renderer + Electron host, then run the desktop app, or explain why it cannot run.
//
// Electron 45's npm package fetches its binary lazily on first use; `require('electron')` from Node
// would try that download (and need Node >= 22.12). Where there is no network that hangs or fails with
// a stack trace, so this script never requires the package: it looks for the binary on disk itself.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronPackage = path.join(root, 'node_modules', 'electron');

/** The Electron executable if it is installed, else null. Same lookup as electron/index.js, minus the download. */
function findElectronBinary() {
  const pathFile = path.join(electronPackage, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = path.join(override, relative || 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  if (!relative) return null;
  const candidate = path.join(electronPackage, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
}

const NOT_INSTALLED = [
  'KG Explorer: the Electron binary is not installed on this machine (node_modules/electron/dist is missing) and cannot be downloaded here.',
  '  Open the browser build instead:  npm run web   → http://127.0.0.1:4173',
  '  To get the desktop app, on a machine with network access run: npx install-electron  (or delete node_modules/electron and npm ci with scripts allowed)',
].join('\n');

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const build = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) {
  console.error(`KG Explorer: the build failed (npm run build exited with ${build.status ?? build.signal}); not starting.`);
  process.exit(build.status || 1);
}

const electron = findElectronBinary();
if (electron === null) {
  console.error(NOT_INSTALLED);
  process.exit(1);
}

// ELECTRON_RUN_AS_NODE left over in the environment would make the binary behave as plain Node.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(electron, ['.'], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('error', (error) => {
  console.error(`KG Explorer: could not start Electron (${electron}): ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
