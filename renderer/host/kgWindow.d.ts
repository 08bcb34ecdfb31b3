import type { KgHost } from '../../core/host/contract';

declare global {
  interface Window {
    /** The host API: the Electron preload or the browser host. The renderer's only way out. */
    kg: KgHost;
  }
}
