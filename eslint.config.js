// Lint enforces the layers of DESIGN.md (VS Code convention: folders are layers, upward imports fail).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'http', 'https', 'net', 'worker_threads'];
// Bare builtin names are matched by regex so relative paths such as '../util/x' are not caught.
const nodeModules = { regex: `^(node:.*|(${NODE_BUILTINS.join('|')})(/.*)?)$` };

export default tseslint.config(
  { ignores: ['dist/**', '**/dist/**', 'bench/results/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'e2e/.output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'cytoscape', 'cytoscape-fcose', 'write-file-atomic'],
          patterns: [
            { ...nodeModules, message: 'core/ is pure: no Node modules.' },
            { group: ['**/electron/**', '**/renderer/**', '**/data/**'], message: 'core/ imports nothing above it.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches the host only through window.kg.' }, 'write-file-atomic'],
          patterns: [
            { ...nodeModules, message: 'The renderer runs in a sandbox: no Node modules.' },
            { group: ['**/electron/**'], message: 'The renderer reaches the host only through window.kg.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: 'Raw IPC lives only in electron/ipc*.ts and electron/preload.ts.' },
            'react',
            'react-dom',
            'cytoscape',
          ],
          patterns: [{ group: ['**/renderer/**'], message: 'electron/ may import core only.' }],
        },
      ],
    },
  },
  {
    // The CLI is a host like electron/: it may import core only.
    files: ['cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'cytoscape'],
          patterns: [{ group: ['**/renderer/**', '**/electron/**'], message: 'cli/ may import core only.' }],
        },
      ],
    },
  },
  {
    // The two wrapper files that may touch raw IPC (GitHub Desktop convention).
    files: ['electron/ipc*.ts', 'electron/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['react', 'react-dom', 'cytoscape'], patterns: [{ group: ['**/renderer/**'], message: 'electron/ may import core only.' }] },
      ],
    },
  },
);
