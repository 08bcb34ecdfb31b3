import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNELS, type MenuCommand, type ReadFile } from '../core/host/contract';
import type { Result } from '../core/util/result';
import { createIpcHandlers, type HostServices } from './ipcHandlers';
import { checkSender, INVOKE_CHANNELS, isInvokeChannel, type InvokeChannelKey } from './ipcValidation';

/**
 * The only file that touches ipcMain (GitHub Desktop's rule: raw IPC lives in two wrapper files,
 * this one and the preload). Every call is checked in this order: known channel (only the contract's
 * invoke channels get a handler), trusted sender (the main frame of our window, on app://), then
 * the payload (each handler parses its own with the contract's zod schema).
 */
export function registerIpcHandlers(getWindow: () => BrowserWindow | null, services: HostServices): void {
  const handlers = createIpcHandlers(services);
  for (const key of Object.keys(INVOKE_CHANNELS) as InvokeChannelKey[]) {
    const channel = INVOKE_CHANNELS[key];
    if (!isInvokeChannel(channel)) throw new Error(`not an invoke channel: ${channel}`);
    const handler = handlers[key];
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<Result<unknown>> => {
      const window = getWindow();
      const trusted = window && !window.isDestroyed() ? window.webContents.mainFrame : null;
      const sender = checkSender(event.senderFrame, trusted);
      if (!sender.ok) {
        console.warn(`[kg] refused IPC on ${channel}: ${sender.error}`);
        return sender;
      }
      return handler(args);
    });
  }
}

/** Main → renderer: a native menu click, delivered to the window's main frame only. */
export function sendMenuCommand(window: BrowserWindow | null, command: MenuCommand): void {
  if (!window || window.isDestroyed()) return;
  window.webContents.mainFrame.send(IPC_CHANNELS.menuCommand, command);
}

/**
 * Main → renderer: a file the OS or the command line asked to open, as bytes for the renderer's worker
 * to parse. Answers false when there is no window to take it (the caller keeps the file).
 */
export function sendOpenFile(window: BrowserWindow | null, file: ReadFile): boolean {
  if (!window || window.isDestroyed()) return false;
  window.webContents.mainFrame.send(IPC_CHANNELS.openFileRequest, { name: file.name, bytes: file.bytes });
  return true;
}

/** Main → renderer: the user chose Save in the close prompt; the page answers on saveBeforeCloseDone. */
export function sendSaveBeforeClose(window: BrowserWindow | null, requestId: number): boolean {
  if (!window || window.isDestroyed()) return false;
  window.webContents.mainFrame.send(IPC_CHANNELS.saveBeforeClose, requestId);
  return true;
}
