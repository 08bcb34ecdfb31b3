import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppFile } from './protocolPath';

const root = path.resolve('/srv/app/dist/renderer');

describe('resolveAppFile', () => {
  it('maps app:// paths to files under the renderer folder', () => {
    expect(resolveAppFile(root, 'app://kg/index.html')).toEqual({ ok: true, value: path.join(root, 'index.html') });
    expect(resolveAppFile(root, 'app://kg/assets/index-abc.js')).toEqual({ ok: true, value: path.join(root, 'assets', 'index-abc.js') });
    expect(resolveAppFile(root, 'app://kg/assets/my%20file.png')).toEqual({ ok: true, value: path.join(root, 'assets', 'my file.png') });
  });

  it('serves index.html for the bare origin and ignores query and hash', () => {
    expect(resolveAppFile(root, 'app://kg/')).toEqual({ ok: true, value: path.join(root, 'index.html') });
    expect(resolveAppFile(root, 'app://kg/index.html?x=1#y')).toEqual({ ok: true, value: path.join(root, 'index.html') });
  });

  it.each([
    // The URL parser folds these before we see them; they must still land inside root.
    'app://kg/../../../etc/passwd',
    'app://kg/assets/../../secret',
    'app://kg/%2e%2e/%2e%2e/etc/passwd',
    'app://kg/%2fetc%2fpasswd',
  ])('keeps parser-normalised traversal %s inside the folder', (url) => {
    const result = resolveAppFile(root, url);
    if (result.ok) {
      const fromRoot = path.relative(root, result.value);
      expect(fromRoot.startsWith('..') || path.isAbsolute(fromRoot)).toBe(false);
    }
  });

  it.each([
    'app://kg/..%2f..%2fetc%2fpasswd',
    'app://kg/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://kg/..%5c..%5cwindows%5cwin.ini',
    'app://kg/assets%5c..%5c..%5csecret',
    'app://kg/C:%5cWindows%5cwin.ini',
    'app://kg/index.html%00.png',
    'app://kg/%E0%A4%A',
    'app://kg/.env',
    'app://kg/assets/.hidden',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(root, url).ok).toBe(false);
  });

  it('refuses absolute-looking paths that decode to a root', () => {
    const result = resolveAppFile(root, 'app://kg//etc/passwd');
    // Leading slashes are dropped: the file would be <root>/etc/passwd, never /etc/passwd.
    expect(result).toEqual({ ok: true, value: path.join(root, 'etc', 'passwd') });
  });

  it('refuses other schemes and hosts', () => {
    expect(resolveAppFile(root, 'file:///etc/passwd').ok).toBe(false);
    expect(resolveAppFile(root, 'app://other/index.html').ok).toBe(false);
    expect(resolveAppFile(root, 'https://kg/index.html').ok).toBe(false);
    expect(resolveAppFile(root, 'nonsense').ok).toBe(false);
  });
});

describe('contentTypeFor', () => {
  it('serves scripts as JavaScript (module scripts and workers need it)', () => {
    expect(contentTypeFor('a/index-x.js')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('a/index.html')).toMatch(/^text\/html/);
    expect(contentTypeFor('a/style.CSS')).toMatch(/^text\/css/);
  });

  it('falls back to an inert type for unknown extensions', () => {
    expect(contentTypeFor('a/x.bin')).toBe('application/octet-stream');
    expect(contentTypeFor('a/noext')).toBe('application/octet-stream');
  });
});
