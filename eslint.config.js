// Each folder is one runtime; these rules keep code from reaching into a runtime it does not run in.
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const domGlobals = [
  'window',
  'document',
  'navigator',
  'HTMLElement',
  'Element',
  'Node',
  'localStorage',
  'location',
];

const forbid = (message, names, patterns = []) => ({
  'no-restricted-imports': ['error', { paths: names.map((name) => ({ name, message })), patterns }],
});
const noDom = {
  'no-restricted-globals': [
    'error',
    ...domGlobals.map((name) => ({ name, message: 'No DOM outside renderer/.' })),
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts', 'main/domain/**/*.ts'],
    rules: {
      ...forbid(
        'shared/ and main/domain/ are pure TypeScript: no Electron, no Node built-ins.',
        ['electron', ...nodeBuiltins],
        [
          {
            group: ['**/node/**', '**/electron/**', '**/renderer/**'],
            message: 'Pure code imports only pure code.',
          },
          {
            group: ['pdfjs-dist', 'pdfjs-dist/*'],
            message:
              'Layout analysis sees text runs, not pdf.js: the adapter is main/node/import/pdf-text.ts.',
          },
        ],
      ),
      ...noDom,
    },
  },
  {
    files: ['main/node/**/*.ts'],
    rules: {
      ...forbid(
        'main/node/ runs under plain Node: Electron belongs in main/electron/.',
        ['electron'],
        [
          {
            group: ['**/renderer/**', '**/electron/**'],
            message: 'main/node/ cannot depend on Electron or the renderer.',
          },
        ],
      ),
      ...noDom,
    },
  },
  {
    files: ['main/electron/**/*.ts'],
    rules: {
      ...forbid(
        '',
        [],
        [{ group: ['**/renderer/**'], message: 'The main process cannot import the renderer.' }],
      ),
      ...noDom,
    },
  },
  {
    files: ['renderer/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: forbid(
      'renderer/ runs in the sandboxed page: no Electron, no Node built-ins.',
      ['electron', ...nodeBuiltins],
      [
        {
          group: ['**/main/**'],
          message: 'The renderer talks to main only through the contract in shared/.',
        },
      ],
    ),
  },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.mjs', 'eslint.config.js', 'test/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
);
