// Vitest runs the unit and integration tests only; Playwright specs under tests/e2e are excluded.
import './scripts/require-node24.ts';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Memory-bound tests collect garbage before each sample so they measure live memory, not GC timing.
    execArgv: ['--expose-gc'],
  },
});
