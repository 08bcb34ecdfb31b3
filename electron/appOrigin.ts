import type { Privileges } from 'electron';

/**
 * The app's own origin. The renderer is served from app://kg/ (a privileged, standard, secure custom
 * scheme) instead of file://: a file:// page can read any local file the user can, and every file://
 * page shares one origin.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kg';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * standard: relative URLs and a real origin (so 'self' in the CSP means app://kg);
 * secure: treated like https (secure context, no mixed-content downgrade);
 * supportFetchAPI: the renderer may fetch() its own files.
 * Deliberately not bypassCSP (the CSP must apply) and not corsEnabled (that flag would let other
 * origins read app:// responses; same-origin module scripts and workers load without it).
 */
export const APP_SCHEME_PRIVILEGES: Privileges = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
};

/**
 * True when `url` is a page of the app itself. Compares protocol and host rather than `URL.origin`:
 * for schemes it does not know, the WHATWG URL parser reports the origin as "null".
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === ''
  );
}

/**
 * Requests the renderer may make at all: its own files, and data:/blob: URLs it made itself
 * (PNG export, worker). Everything else (http, https, ws, file, ftp…) is cancelled by the session,
 * on top of the CSP, so the app never loads remote content.
 */
export function isAllowedRequestUrl(url: string): boolean {
  if (isAppUrl(url)) return true;
  return url.startsWith('data:') || url.startsWith('blob:app://kg/') || url.startsWith('devtools:');
}
