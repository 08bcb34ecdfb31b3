import type { Session, WebContents } from 'electron';
import { isAllowedRequestUrl, isAppUrl } from './appOrigin';

/**
 * Guards applied to every WebContents the app ever creates (main.ts calls this from
 * `web-contents-created`), so a future window or a DevTools-opened page cannot skip them.
 */
export function hardenWebContents(contents: WebContents): void {
  // The app is one page: any navigation away from app:// (link click, location change, redirect,
  // drag-drop) is refused, so remote content can never run with the preload's bridge.
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  // No new windows: window.open and target=_blank links are denied (external links are not a feature).
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // webviewTag is off already; refusing attachment too means no preference can turn it back on.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * The session denies every permission (camera, notifications, geolocation…: the app needs none) and
 * cancels every request that is not app://, data: or blob:, on top of the CSP.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
}
