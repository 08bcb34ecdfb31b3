import { describe, expect, it } from 'vitest';
import { mainWindowOptions, secureWebPreferences } from './webPreferences';

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/dist/electron/preload.cjs');

  it('isolates and sandboxes the renderer, with no Node anywhere', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and every risky feature off', () => {
    expect(prefs).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('loads the given preload and nothing else', () => {
    expect(prefs.preload).toBe('/app/dist/electron/preload.cjs');
    expect(Object.keys(prefs).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'disableBlinkFeatures',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'safeDialogs',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });

  it('the main window starts hidden (shown on ready-to-show) with these preferences', () => {
    const options = mainWindowOptions('/p.cjs');
    expect(options.show).toBe(false);
    expect(options.title).toContain('KG Explorer');
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.cjs'));
  });
});
