import path from 'node:path';
import {
  MAX_OPEN_FILE_BYTES,
  type AppInfo,
  type BundledGraph,
  type DocumentState,
  type FileFilter,
  type ReadFile,
  type SaveBeforeCloseDone,
  type SaveChangesChoice,
  type SavedFile,
} from '../core/host/contract';
import { err, ok, type Result } from '../core/util/result';
import {
  parseAskToSaveChanges,
  parseDocumentState,
  parseNoPayload,
  parseOpenRequest,
  parseSaveBeforeCloseDone,
  parseSaveRequest,
  type InvokeChannelKey,
} from './ipcValidation';
import { errorMessage } from './readPickedFile';

/** What the handlers need from the outside world; ipc.ts passes the real dialogs and files. */
export interface HostServices {
  /** May wait: main validates the bundled graph while the window loads. */
  readonly bundledGraph: () => Result<BundledGraph> | Promise<Result<BundledGraph>>;
  readonly appInfo: () => AppInfo;
  /** Resolves to the picked path, or null when the user cancelled. */
  readonly showOpenDialog: (filters: readonly FileFilter[]) => Promise<string | null>;
  readonly showSaveDialog: (suggestedName: string, filters: readonly FileFilter[]) => Promise<string | null>;
  readonly readFile: (filePath: string, limit: number) => Promise<Result<ReadFile>>;
  readonly writeFile: (filePath: string, bytes: Uint8Array) => Promise<void>;
  /** The page's document name and edited flag (title, macOS edited dot, close prompt). */
  readonly setDocumentState: (state: DocumentState) => void;
  /** The native "Save / Don't Save / Cancel" box before another file replaces an edited graph. */
  readonly askToSaveChanges: (documentName: string) => Promise<SaveChangesChoice>;
  /** The page's answer to a save main asked for before closing. */
  readonly saveBeforeCloseDone: (done: SaveBeforeCloseDone) => void;
}

/** A handler gets the invoke arguments after the sender check and answers a Result, never throws. */
export type IpcHandler = (args: readonly unknown[]) => Promise<Result<unknown>>;

/**
 * One handler per invoke channel. The Record type makes a forgotten channel a compile error; each
 * handler parses its own payload, and `neverThrows` turns any exception into an `{ ok: false }` value
 * so nothing is thrown across IPC (Electron would otherwise send the renderer a mangled message).
 */
export function createIpcHandlers(services: HostServices): Record<InvokeChannelKey, IpcHandler> {
  return {
    getBundledGraph: neverThrows(async (args) => {
      const none = parseNoPayload(args);
      return none.ok ? services.bundledGraph() : none;
    }),
    getAppInfo: neverThrows(async (args) => {
      const none = parseNoPayload(args);
      return none.ok ? ok(services.appInfo()) : none;
    }),
    openFile: neverThrows(async (args): Promise<Result<ReadFile | null>> => {
      if (args.length !== 1) return err('openFile takes one request object');
      const request = parseOpenRequest(args[0]);
      if (!request.ok) return request;
      const picked = await services.showOpenDialog(request.value.filters);
      if (picked === null) return ok(null);
      return services.readFile(picked, MAX_OPEN_FILE_BYTES);
    }),
    saveFile: neverThrows(async (args): Promise<Result<SavedFile | null>> => {
      if (args.length !== 1) return err('saveFile takes one request object');
      const request = parseSaveRequest(args[0]);
      if (!request.ok) return request;
      const target = await services.showSaveDialog(request.value.suggestedName, request.value.filters);
      if (target === null) return ok(null);
      try {
        await services.writeFile(target, request.value.bytes);
      } catch (e) {
        return err(`could not save ${path.basename(target)}: ${errorMessage(e)}`);
      }
      return ok({ path: target });
    }),
    documentState: neverThrows(async (args): Promise<Result<void>> => {
      if (args.length !== 1) return err('documentState takes one state object');
      const state = parseDocumentState(args[0]);
      if (!state.ok) return state;
      services.setDocumentState(state.value);
      return ok(undefined);
    }),
    askToSaveChanges: neverThrows(async (args): Promise<Result<SaveChangesChoice>> => {
      if (args.length !== 1) return err('askToSaveChanges takes one request object');
      const request = parseAskToSaveChanges(args[0]);
      if (!request.ok) return request;
      return ok(await services.askToSaveChanges(request.value.documentName));
    }),
    saveBeforeCloseDone: neverThrows(async (args): Promise<Result<void>> => {
      if (args.length !== 1) return err('saveBeforeCloseDone takes one answer object');
      const done = parseSaveBeforeCloseDone(args[0]);
      if (!done.ok) return done;
      services.saveBeforeCloseDone(done.value);
      return ok(undefined);
    }),
  };
}

function neverThrows(handler: IpcHandler): IpcHandler {
  return async (args) => {
    try {
      return await handler(args);
    } catch (e) {
      return err(errorMessage(e));
    }
  };
}
