import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES, isAllowedRequestUrl, isAppUrl } from './appOrigin';

describe('isAppUrl', () => {
  it.each([APP_ENTRY_URL, 'app://kg/', 'app://kg/assets/index-abc.js', 'app://kg/index.html#/graph?x=1'])(
    'accepts %s',
    (url) => expect(isAppUrl(url)).toBe(true),
  );

  it.each([
    'https://example.com/',
    'http://kg/index.html',
    'file:///etc/passwd',
    'app://other/index.html',
    'app://kg.evil.com/index.html',
    'app://user@kg/index.html',
    'app://kg:8080/index.html',
    'javascript:alert(1)',
    'about:blank',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isAppUrl(url)).toBe(false));
});

describe('isAllowedRequestUrl', () => {
  it('allows the app, data: and its own blob: URLs', () => {
    expect(isAllowedRequestUrl('app://kg/assets/worker.js')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequestUrl('blob:app://kg/4f1c-…')).toBe(true);
  });

  it('cancels remote and local-file requests', () => {
    for (const url of ['https://example.com/x.js', 'http://127.0.0.1:4173/', 'wss://x.org/', 'file:///etc/passwd', 'blob:https://evil.com/1']) {
      expect(isAllowedRequestUrl(url)).toBe(false);
    }
  });
});

describe('app:// scheme privileges', () => {
  it('is standard, secure and fetchable, and neither bypasses CSP nor opens CORS', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true });
  });
});
