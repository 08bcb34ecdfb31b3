import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseAppState, serializeAppState, type AppState } from './appState';
import { writeFileAtomically } from './atomicWrite';

/** The state file in app.getPath('userData'). */
export const APP_STATE_FILE = 'app-state.json';

/**
 * Reads and writes the remembered state. Reads never throw (a missing or broken file means defaults;
 * the problem goes to `log`); writes are atomic (write-file-atomic via atomicWrite.ts), so a crash
 * while saving leaves the previous state, never half a file.
 */
export function createAppStateStore(userDataDir: string, log: (message: string) => void, platform: NodeJS.Platform = process.platform) {
  const file = path.join(userDataDir, APP_STATE_FILE);
  let writing: Promise<void> = Promise.resolve();
  return {
    file,
    async load(): Promise<AppState> {
      let text: string | null = null;
      try {
        text = await readFile(file, 'utf8');
      } catch (e) {
        if ((e as { code?: unknown }).code !== 'ENOENT') log(`could not read ${file}: ${e instanceof Error ? e.message : String(e)}`);
      }
      const { state, problem } = parseAppState(text);
      if (problem !== null) log(`ignored ${file}, starting with defaults: ${problem}`);
      return state;
    },
    /** Saves are queued, so an older state never overwrites a newer one. */
    save(state: AppState): Promise<void> {
      writing = writing.then(async () => {
        try {
          await writeFileAtomically(file, new TextEncoder().encode(serializeAppState(state)), { platform });
        } catch (e) {
          log(`could not save ${file}: ${e instanceof Error ? e.message : String(e)}`);
        }
      });
      return writing;
    },
  };
}
export type AppStateStore = ReturnType<typeof createAppStateStore>;
