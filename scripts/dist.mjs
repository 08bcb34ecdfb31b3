// `npm run dist [-- electron-builder args]`: builds the app, then the installers for this OS with
// electron-builder (electron-builder.yml). electron-builder downloads the Electron zip for each target
// (and, for AppImage/deb/NSIS/dmg, its packaging tools) from GitHub; where that cannot happen it fails
// with a network stack trace, so this script says in words what went wrong and how to get past it.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const build = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) {
  console.error(`KG Explorer dist: the build failed (npm run build exited with ${build.status ?? build.signal}); no installers built.`);
  process.exit(build.status || 1);
}

/** Network errors electron-builder reports when it cannot fetch Electron or its tools. */
const NETWORK = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo|unable to get local issuer|socket hang up/;

const cli = path.join(root, 'node_modules', 'electron-builder', 'cli.js');
const child = spawn(process.execPath, [cli, '--publish', 'never', ...process.argv.slice(2)], { cwd: root, stdio: ['inherit', 'pipe', 'pipe'] });
let output = '';
for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
  from.on('data', (chunk) => {
    output += chunk;
    to.write(chunk);
  });
}
child.on('exit', (code, signal) => {
  if (code === 0) {
    console.log('KG Explorer dist: installers are in release/.');
    process.exit(0);
  }
  if (NETWORK.test(output)) {
    console.error(
      [
        '',
        'KG Explorer dist: electron-builder could not download the Electron binary (or a packaging tool) — there is no network access to GitHub here.',
        '  Installers can only be built where electron-builder can reach github.com, or with the Electron zip already in its cache',
        '  (ELECTRON_CACHE, see docs/PACKAGING.md). The app bundles and the asar contents are checked offline by: npx vitest run scripts',
      ].join('\n'),
    );
  } else {
    console.error(`KG Explorer dist: electron-builder failed (exit ${code ?? signal}); see its output above.`);
  }
  process.exit(code || 1);
});
