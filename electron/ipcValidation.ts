import type { z } from 'zod';
import {
  AskToSaveChangesSchema,
  DocumentStateSchema,
  IPC_CHANNELS,
  OpenRequestSchema,
  SaveBeforeCloseDoneSchema,
  SaveRequestSchema,
  type AskToSaveChanges,
  type DocumentState,
  type OpenRequest,
  type SaveBeforeCloseDone,
  type SaveRequest,
} from '../core/host/contract';
import { err, ok, type Result } from '../core/util/result';
import { isAppUrl } from './appOrigin';

/**
 * The checks every IPC call passes before a handler runs, as pure functions over plain data so they
 * are unit-tested without Electron (ipc.ts only feeds them the real event and window).
 */

/**
 * Channels the renderer may invoke. `menuCommand`, `openFileRequest` and `saveBeforeClose` flow the
 * other way (main → renderer) only, so they never get a handler.
 */
export const INVOKE_CHANNELS = {
  getBundledGraph: IPC_CHANNELS.getBundledGraph,
  openFile: IPC_CHANNELS.openFile,
  saveFile: IPC_CHANNELS.saveFile,
  getAppInfo: IPC_CHANNELS.getAppInfo,
  documentState: IPC_CHANNELS.documentState,
  askToSaveChanges: IPC_CHANNELS.askToSaveChanges,
  saveBeforeCloseDone: IPC_CHANNELS.saveBeforeCloseDone,
} as const;
export type InvokeChannelKey = keyof typeof INVOKE_CHANNELS;

const INVOKE_CHANNEL_NAMES: ReadonlySet<string> = new Set(Object.values(INVOKE_CHANNELS));

export function isInvokeChannel(channel: string): boolean {
  return INVOKE_CHANNEL_NAMES.has(channel);
}

/** What of a WebFrameMain the sender check needs (Electron's WebFrameMain satisfies it). */
export interface FrameLike {
  readonly url: string;
  readonly processId: number;
  readonly routingId: number;
  readonly parent: unknown;
}

/**
 * The sender must be the main frame of our own window, showing our own app:// page. This refuses
 * subframes (an iframe cannot exist under our CSP, but the check does not rely on it), frames of other
 * windows, and the window itself after it was somehow navigated away from app://.
 */
export function checkSender(sender: FrameLike | null, trustedMainFrame: FrameLike | null): Result<void> {
  if (sender === null) return err('the sending frame is gone');
  if (trustedMainFrame === null) return err('the app window is not open');
  if (sender.parent !== null) return err('IPC from a subframe is refused');
  if (sender.processId !== trustedMainFrame.processId || sender.routingId !== trustedMainFrame.routingId) {
    return err('IPC from a frame other than the app window is refused');
  }
  if (!isAppUrl(sender.url)) return err('IPC from a page outside app:// is refused');
  return ok(undefined);
}

/** Zod issues as one line; payloads come from our own renderer, so this is for the developer. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

function parseWith<T>(schema: z.ZodType<T>, payload: unknown, what: string): Result<T> {
  const parsed = schema.safeParse(payload);
  return parsed.success ? ok(parsed.data) : err(`invalid ${what} request: ${describeIssues(parsed.error)}`);
}

/** Characters no file system of ours accepts in a name, or that give a name a path meaning. */
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME_CHARACTERS = /[\u0000-\u001f\u007f<>:"|?*\\/]/;

/**
 * The contract only refuses slashes; main also refuses what is a path on some OS ("..", "C:x",
 * control characters, trailing dots or spaces that Windows strips). The name is only a dialog default,
 * but the check keeps it from steering the dialog to another folder.
 */
export function checkSuggestedName(name: string): Result<string> {
  if (name === '.' || name === '..') return err('the suggested name must be a file name, not a path');
  if (UNSAFE_NAME_CHARACTERS.test(name)) return err('the suggested name contains a character not allowed in file names');
  if (/[. ]$/.test(name) || /^\s/.test(name)) return err('the suggested name must not start with a space or end with a dot or space');
  return ok(name);
}

export function parseOpenRequest(payload: unknown): Result<OpenRequest> {
  return parseWith(OpenRequestSchema, payload, 'open');
}

export function parseSaveRequest(payload: unknown): Result<SaveRequest> {
  const parsed = parseWith(SaveRequestSchema, payload, 'save');
  if (!parsed.ok) return parsed;
  const name = checkSuggestedName(parsed.value.suggestedName);
  return name.ok ? parsed : err(`invalid save request: ${name.error}`);
}

export function parseDocumentState(payload: unknown): Result<DocumentState> {
  return parseWith(DocumentStateSchema, payload, 'document state');
}

export function parseAskToSaveChanges(payload: unknown): Result<AskToSaveChanges> {
  return parseWith(AskToSaveChangesSchema, payload, 'save-changes prompt');
}

export function parseSaveBeforeCloseDone(payload: unknown): Result<SaveBeforeCloseDone> {
  return parseWith(SaveBeforeCloseDoneSchema, payload, 'save-before-close answer');
}

/** Calls without arguments must really have none: anything else means a confused or hostile caller. */
export function parseNoPayload(args: readonly unknown[]): Result<void> {
  return args.length === 0 || (args.length === 1 && args[0] === undefined) ? ok(undefined) : err('this call takes no arguments');
}
