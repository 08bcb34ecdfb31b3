import path from 'node:path';
import { err, ok, type Result } from '../core/util/result';
import { APP_HOST, APP_SCHEME } from './appOrigin';

/**
 * Maps an app:// URL to a file under the renderer folder, refusing anything that would leave it.
 * A page (or an injected string in it) can request any URL on its own origin, so this is the only
 * thing standing between `app://kg/../../etc/passwd` and the user's disk.
 */
export function resolveAppFile(rootDir: string, requestUrl: string): Result<string> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return err('not a URL');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return err('not an app:// URL of this app');

  let pathname: string;
  try {
    // Percent-decoding can produce "..", "/" or "\" that were hidden from the URL parser.
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return err('malformed percent-encoding');
  }
  if (pathname.includes('\0')) return err('NUL in path');
  // A backslash is a separator on Windows; a colon could name a drive or an NTFS stream.
  if (pathname.includes('\\') || pathname.includes(':')) return err('unexpected character in path');

  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const segments = relative.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return err('dot segment in path');
  if (segments.some((s) => s.startsWith('.'))) return err('hidden file');

  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, ...segments);
  // Belt and braces: whatever the checks above missed, the result must still be inside root.
  const fromRoot = path.relative(root, resolved);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return err('outside the app folder');
  return ok(resolved);
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * Content type by extension. Module scripts and module workers are refused by Chromium unless served
 * as JavaScript, and with `nosniff` an unknown type is never guessed into script.
 */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}
