import { readFile, stat } from 'node:fs/promises';
import { SECURITY_HEADERS } from './csp';
import { contentTypeFor, resolveAppFile } from './protocolPath';

/**
 * The app:// request handler, free of Electron so it can be tested with real Request objects:
 * protocol.ts only hands it to `protocol.handle`. Only GET/HEAD of regular files under `rootDir`,
 * every response (errors included) with the CSP and nosniff headers.
 */
export function createAppRequestHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const file = resolveAppFile(rootDir, request.url);
    if (!file.ok) return textResponse(404, 'Not found');
    try {
      // Refuse directories, FIFOs and devices: reading a FIFO would never return.
      const info = await stat(file.value);
      if (!info.isFile()) return textResponse(404, 'Not found');
      const body = request.method === 'HEAD' ? null : await readFile(file.value);
      return new Response(body, {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file.value), 'Cache-Control': 'no-cache' },
      });
    } catch {
      return textResponse(404, 'Not found');
    }
  };
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}
