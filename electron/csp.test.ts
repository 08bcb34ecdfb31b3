import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './csp';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((d) => {
    const [name = '', ...values] = d.trim().split(/\s+/);
    return [name, values] as const;
  }),
);

describe('Content-Security-Policy', () => {
  it('is exactly the policy the app is designed for', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self' data: blob:; worker-src 'self' blob:; base-uri 'none'; form-action 'none'; " +
        "object-src 'none'; frame-ancestors 'none'",
    );
  });

  it('never allows inline or eval-ed code', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|strict-dynamic/);
  });

  it('names no remote origin and no wildcard', () => {
    const sources = [...directives.values()].flat();
    for (const source of sources) {
      expect(["'self'", "'none'", 'data:', 'blob:']).toContain(source);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/);
  });

  it('defaults to nothing and locks base, forms, plugins and framing', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    for (const name of ['base-uri', 'form-action', 'object-src', 'frame-ancestors']) {
      expect(directives.get(name)).toEqual(["'none'"]);
    }
  });

  it('is sent with nosniff', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });
});
