import { describe, expect, it } from 'vitest';
import { actionForKey, regionActionForKey, type KeyInput } from './keymap';

const press = (key: string, extra: Partial<KeyInput> = {}): KeyInput => ({
  key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, typing: false, ...extra,
});

describe('keymap', () => {
  it('uses Ctrl on Windows/Linux and Cmd on macOS', () => {
    expect(actionForKey(press('o', { ctrlKey: true }), false)).toEqual({ kind: 'command', command: 'open' });
    expect(actionForKey(press('o', { metaKey: true }), true)).toEqual({ kind: 'command', command: 'open' });
    expect(actionForKey(press('o', { metaKey: true }), false)).toBeNull();
  });

  it('maps export, find, fit and zoom', () => {
    expect(actionForKey(press('s', { ctrlKey: true }), false)).toEqual({ kind: 'command', command: 'export-json' });
    expect(actionForKey(press('E', { ctrlKey: true, shiftKey: true }), false)).toEqual({ kind: 'command', command: 'export-png' });
    expect(actionForKey(press('X', { ctrlKey: true, shiftKey: true }), false)).toEqual({ kind: 'command', command: 'extract-article' });
    expect(actionForKey(press('X', { metaKey: true, shiftKey: true }), true)).toEqual({ kind: 'command', command: 'extract-article' });
    // Ctrl+Shift+X in a text field is left to the field.
    expect(actionForKey(press('X', { ctrlKey: true, shiftKey: true, typing: true }), false)).toBeNull();
    expect(actionForKey(press('f', { ctrlKey: true, typing: true }), false)).toEqual({ kind: 'command', command: 'find' });
    expect(actionForKey(press('0', { ctrlKey: true }), false)).toEqual({ kind: 'command', command: 'fit' });
    expect(actionForKey(press('=', { ctrlKey: true }), false)).toEqual({ kind: 'command', command: 'zoom-in' });
    expect(actionForKey(press('-', { ctrlKey: true }), false)).toEqual({ kind: 'command', command: 'zoom-out' });
  });

  it('focus depths are plain digits, ignored while typing', () => {
    expect(actionForKey(press('2'), false)).toEqual({ kind: 'focus', depth: 2 });
    expect(actionForKey(press('0'), false)).toEqual({ kind: 'focus', depth: 0 });
    expect(actionForKey(press('2', { typing: true }), false)).toBeNull();
  });

  it('D draws a big graph’s visible part; not while typing, not with Shift or Ctrl', () => {
    expect(actionForKey(press('d'), false)).toEqual({ kind: 'draw-visible' });
    expect(actionForKey(press('D'), false)).toEqual({ kind: 'draw-visible' });
    expect(actionForKey(press('d', { typing: true }), false)).toBeNull();
    expect(actionForKey(press('D', { shiftKey: true }), false)).toBeNull();
    expect(actionForKey(press('d', { ctrlKey: true }), false)).toBeNull();
  });

  it('escape and F3 work everywhere', () => {
    expect(actionForKey(press('Escape', { typing: true }), false)).toEqual({ kind: 'escape' });
    expect(actionForKey(press('F3', { shiftKey: true }), false)).toEqual({ kind: 'step-match', delta: -1 });
  });

  it('F6 / Shift+F6 cycle the regions, even while typing', () => {
    expect(regionActionForKey(press('F6'))).toEqual({ kind: 'cycle-region', delta: 1 });
    expect(regionActionForKey(press('F6', { shiftKey: true, typing: true }))).toEqual({ kind: 'cycle-region', delta: -1 });
    expect(regionActionForKey(press('F6', { ctrlKey: true }))).toBeNull();
    expect(actionForKey(press('F6'), false)).toBeNull();
  });

  it('Alt+L goes to the lists, by key or (macOS Option+L types ¬) by physical key', () => {
    expect(regionActionForKey(press('l', { altKey: true }))).toEqual({ kind: 'go-to-region', region: 'list' });
    expect(regionActionForKey(press('¬', { altKey: true, code: 'KeyL' }))).toEqual({ kind: 'go-to-region', region: 'list' });
    expect(regionActionForKey(press('l'))).toBeNull();
    expect(regionActionForKey(press('l', { altKey: true, ctrlKey: true }))).toBeNull();
    expect(actionForKey(press('l', { altKey: true }), false)).toBeNull();
  });
});
