import { protocol } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from './appOrigin';
import { createAppRequestHandler } from './appRequestHandler';

/** Must run before the app's `ready` event: Chromium fixes its scheme registry at startup. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

/** Serves app://kg/… from the built renderer folder (after `ready`). */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir));
}
