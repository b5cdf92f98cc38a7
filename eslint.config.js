// ESLint flat config: typescript-eslint plus the layer rules that keep the core free of Electron
// and the renderer and shared contract free of Node, Electron and the database.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const noElectron = {
  name: 'electron',
  message: 'electron/core is plain Node: only electron/main and electron/preload may import electron.',
};
const browserOnly = [
  noElectron,
  {
    name: 'better-sqlite3-multiple-ciphers',
    message: 'renderer/ and shared/ never touch the database: call the contract.',
  },
  { name: 'kysely', message: 'renderer/ and shared/ never touch the database: call the contract.' },
  ...nodeBuiltins.map((name) => ({
    name,
    message: 'renderer/ and shared/ run in the browser: no Node built-ins.',
  })),
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'tests/artifacts/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
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
    files: ['electron/core/**', 'electron/web/**', 'electron/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectron], patterns: [{ group: ['electron/*'], message: noElectron.message }] },
      ],
    },
  },
  {
    files: ['renderer/**', 'shared/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: browserOnly, patterns: [{ group: ['node:*'], message: 'No Node built-ins here.' }] },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'No Node globals here.' },
        { name: 'Buffer', message: 'No Node globals here.' },
        { name: 'require', message: 'No Node globals here.' },
      ],
    },
  },
);
