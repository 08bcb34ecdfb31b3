import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, MAX_SAVE_FILE_BYTES } from '../core/host/contract';
import {
  checkSender,
  checkSuggestedName,
  INVOKE_CHANNELS,
  isInvokeChannel,
  parseNoPayload,
  parseOpenRequest,
  parseSaveRequest,
  type FrameLike,
} from './ipcValidation';

const mainFrame: FrameLike = { url: 'app://kg/index.html', processId: 4, routingId: 1, parent: null };
const jsonFilter = [{ name: 'Graph', extensions: ['json'] }];

describe('channels', () => {
  it('answers every contract channel except the main → renderer pushes (menu command, file to open)', () => {
    const all = Object.values(IPC_CHANNELS);
    const pushes: readonly string[] = [IPC_CHANNELS.menuCommand, IPC_CHANNELS.openFileRequest, IPC_CHANNELS.saveBeforeClose];
    expect(Object.values(INVOKE_CHANNELS).sort()).toEqual(all.filter((c) => !pushes.includes(c)).sort());
    expect(isInvokeChannel(IPC_CHANNELS.openFile)).toBe(true);
    expect(isInvokeChannel(IPC_CHANNELS.menuCommand)).toBe(false);
    expect(isInvokeChannel(IPC_CHANNELS.openFileRequest)).toBe(false);
    expect(isInvokeChannel(IPC_CHANNELS.saveBeforeClose)).toBe(false);
    expect(isInvokeChannel('kg:run-shell')).toBe(false);
  });
});

describe('checkSender', () => {
  it('accepts the main frame of our window on app://', () => {
    expect(checkSender({ ...mainFrame }, mainFrame).ok).toBe(true);
  });

  it('refuses a frame that is gone, or a window that is not open', () => {
    expect(checkSender(null, mainFrame).ok).toBe(false);
    expect(checkSender(mainFrame, null).ok).toBe(false);
  });

  it('refuses a subframe', () => {
    expect(checkSender({ ...mainFrame, routingId: 7, parent: mainFrame }, mainFrame)).toEqual({
      ok: false,
      error: 'IPC from a subframe is refused',
    });
  });

  it('refuses another window or process', () => {
    expect(checkSender({ ...mainFrame, processId: 9 }, mainFrame).ok).toBe(false);
    expect(checkSender({ ...mainFrame, routingId: 2 }, mainFrame).ok).toBe(false);
  });

  it('refuses our window once it shows anything but app://', () => {
    for (const url of ['https://example.com/', 'file:///tmp/x.html', 'about:blank', 'app://evil/index.html']) {
      const frame = { ...mainFrame, url };
      expect(checkSender(frame, frame).ok).toBe(false);
    }
  });
});

describe('parseOpenRequest', () => {
  it('accepts filters', () => {
    expect(parseOpenRequest({ filters: jsonFilter })).toEqual({ ok: true, value: { filters: jsonFilter } });
    expect(parseOpenRequest({ filters: [] }).ok).toBe(true);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'open'],
    ['no filters', {}],
    ['an extra key', { filters: [], path: '/etc/passwd' }],
    ['a bad extension', { filters: [{ name: 'x', extensions: ['*'] }] }],
    ['an extension with a dot', { filters: [{ name: 'x', extensions: ['.json'] }] }],
    ['too many filters', { filters: Array.from({ length: 21 }, () => jsonFilter[0]) }],
  ])('refuses %s', (_what, payload) => {
    const result = parseOpenRequest(payload);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^invalid open request: /);
  });
});

describe('parseSaveRequest', () => {
  const valid = { suggestedName: 'belarus-china.kg.json', bytes: new Uint8Array([123, 125]), filters: jsonFilter };

  it('accepts a name, bytes and filters', () => {
    const result = parseSaveRequest(valid);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.bytes).toBeInstanceOf(Uint8Array);
  });

  it('refuses bytes that are not a Uint8Array', () => {
    expect(parseSaveRequest({ ...valid, bytes: [1, 2, 3] }).ok).toBe(false);
    expect(parseSaveRequest({ ...valid, bytes: 'text' }).ok).toBe(false);
    expect(parseSaveRequest({ ...valid, bytes: new ArrayBuffer(2) }).ok).toBe(false);
  });

  it('refuses oversized bytes', () => {
    // A typed-array view that reports a huge length without allocating it.
    const oversized = new Uint8Array(1);
    Object.defineProperty(oversized, 'byteLength', { value: MAX_SAVE_FILE_BYTES + 1 });
    const result = parseSaveRequest({ ...valid, bytes: oversized });
    expect(result).toEqual({ ok: false, error: expect.stringContaining('too large') });
  });

  it.each(['../../.bashrc', '/etc/passwd', 'a/b.json', 'C:\\Windows\\x.json', 'C:x.json', '..', '.', 'x.json ', 'x.', ' x.json', 'a\u0000b', 'a\nb.json', 'a|b', ''])(
    'refuses the path-like or unsafe name %j',
    (suggestedName) => {
      expect(parseSaveRequest({ ...valid, suggestedName }).ok).toBe(false);
    },
  );

  it('refuses missing or extra keys', () => {
    expect(parseSaveRequest({ suggestedName: 'x.json', bytes: new Uint8Array() }).ok).toBe(false);
    expect(parseSaveRequest({ ...valid, directory: '/tmp' }).ok).toBe(false);
    expect(parseSaveRequest(null).ok).toBe(false);
  });
});

describe('checkSuggestedName', () => {
  it('accepts ordinary names, with spaces and non-ASCII', () => {
    for (const name of ['graph.json', 'Беларусь – Китай.png', 'my graph (2).kg.json', '.hidden-ok.json']) {
      expect(checkSuggestedName(name)).toEqual({ ok: true, value: name });
    }
  });
});

describe('parseNoPayload', () => {
  it('accepts no arguments only', () => {
    expect(parseNoPayload([]).ok).toBe(true);
    expect(parseNoPayload([undefined]).ok).toBe(true);
    expect(parseNoPayload([{}]).ok).toBe(false);
    expect(parseNoPayload([1, 2]).ok).toBe(false);
  });
});
