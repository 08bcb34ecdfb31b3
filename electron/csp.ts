/**
 * The Content-Security-Policy sent with every app:// response.
 *
 * The renderer's index.html carries the same policy in a meta tag; the header is the one that counts
 * (a meta tag cannot set frame-ancestors, and it only applies after the parser reaches it). Both apply,
 * so the effective policy is their intersection.
 *
 * - No 'unsafe-inline' / 'unsafe-eval': an injected string can never become script.
 * - Only 'self' (app://kg) plus data:/blob: where the app creates them itself (PNG export, worker).
 * - No remote origin anywhere: the app works offline and can never load remote code.
 */
const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self' data: blob:"],
  ['worker-src', "'self' blob:"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['object-src', "'none'"],
  ['frame-ancestors', "'none'"],
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** Headers on every response of the app:// protocol, whatever the file. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // A wrong extension must not make a data file executable as script or style.
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};
