import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler } from './appRequestHandler';
import { CONTENT_SECURITY_POLICY } from './csp';

let base: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  // A real folder layout: the renderer output, and a secret next to it that must stay unreachable.
  base = await mkdtemp(path.join(tmpdir(), 'kg-protocol-'));
  const root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>KG Explorer</title>');
  await writeFile(path.join(root, 'assets', 'index.js'), 'export {};');
  await writeFile(path.join(base, 'secret.txt'), 'TOP SECRET');
  handle = createAppRequestHandler(root);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('app:// request handler', () => {
  it('serves index.html with the CSP header', async () => {
    const response = await handle(new Request('app://kg/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('KG Explorer');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await handle(new Request('app://kg/assets/index.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/javascript/);
  });

  it.each(['app://kg/%2e%2e/secret.txt', 'app://kg/..%2fsecret.txt', 'app://kg/assets/%2e%2e%2f%2e%2e%2fsecret.txt', 'app://kg/../secret.txt'])(
    'never reads the file next to the folder via %s',
    async (url) => {
      const response = await handle(new Request(url));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('TOP SECRET');
      expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    },
  );

  it('answers 404 for missing files and directories', async () => {
    expect((await handle(new Request('app://kg/missing.js'))).status).toBe(404);
    expect((await handle(new Request('app://kg/assets'))).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await handle(new Request('app://kg/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    const head = await handle(new Request('app://kg/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
