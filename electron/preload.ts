import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNELS, MENU_COMMANDS, type MenuCommand } from '../core/host/channels';
import type { KgHost, OpenedFile, SaveOutcome } from '../core/host/contract';
import { err, type Result } from '../core/util/result';

/**
 * The sandboxed preload: exposes `window.kg`, the contract's KgHost, and nothing else. The page never
 * gets ipcRenderer, an IPC event or a channel name: only purpose-named functions whose replies are
 * plain Result values. Bundled to one CommonJS file, since a sandboxed preload can only require
 * 'electron'.
 */

const MENU_COMMAND_SET: ReadonlySet<string> = new Set(MENU_COMMANDS);

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && MENU_COMMAND_SET.has(value);
}

/** invoke rejects if main has no handler or crashed; the renderer still gets a Result. */
function isOpenedFile(value: unknown): value is OpenedFile {
  if (typeof value !== 'object' || value === null) return false;
  const { name, bytes } = value as Record<string, unknown>;
  return typeof name === 'string' && bytes instanceof Uint8Array;
}

async function invoke<T>(channel: string, ...args: unknown[]): Promise<Result<T>> {
  try {
    return (await ipcRenderer.invoke(channel, ...args)) as Result<T>;
  } catch (e) {
    return err(e instanceof Error ? e.message : String(e));
  }
}

const host: KgHost = {
  getBundledGraph: () => invoke(IPC_CHANNELS.getBundledGraph),
  openFile: (request) => invoke(IPC_CHANNELS.openFile, request),
  saveFile: (request) => invoke(IPC_CHANNELS.saveFile, request),
  getAppInfo: () => invoke(IPC_CHANNELS.getAppInfo),
  onOpenFile: (listener) => {
    // Main pushes files given on the command line or by the OS; only a well-formed one gets through.
    const onMessage = (_event: IpcRendererEvent, file: unknown): void => {
      if (isOpenedFile(file)) listener({ name: file.name, bytes: file.bytes });
    };
    ipcRenderer.on(IPC_CHANNELS.openFileRequest, onMessage);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.openFileRequest, onMessage);
    };
  },
  onMenuCommand: (listener) => {
    // The listener sees only a known command string, never the IPC event (it holds `sender`).
    const onMessage = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(IPC_CHANNELS.menuCommand, onMessage);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.menuCommand, onMessage);
    };
  },
  setDocumentState: (state) => invoke(IPC_CHANNELS.documentState, state),
  askToSaveChanges: (request) => invoke(IPC_CHANNELS.askToSaveChanges, request),
  onSaveBeforeClose: (handler) => {
    // Main numbers each request; the page's handler never sees the number or the IPC event, and a
    // handler that throws still answers (as failed), so main never waits for nothing.
    const onMessage = (_event: IpcRendererEvent, requestId: unknown): void => {
      if (typeof requestId !== 'number' || !Number.isInteger(requestId) || requestId <= 0) return;
      const answer = (outcome: SaveOutcome) => void invoke(IPC_CHANNELS.saveBeforeCloseDone, { requestId, outcome });
      handler().then(answer, () => answer('failed'));
    };
    ipcRenderer.on(IPC_CHANNELS.saveBeforeClose, onMessage);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.saveBeforeClose, onMessage);
    };
  },
};

contextBridge.exposeInMainWorld('kg', host);
