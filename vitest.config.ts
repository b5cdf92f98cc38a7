// Vitest runs the unit and integration tests only; Playwright specs under tests/e2e are excluded.
import './scripts/require-node24.ts';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // One fork per core, not vitest's cores − 1 (one fork on the 2-core CI machine): most of a file's time is
    // its fork's start-up and module import, which leaves the other core idle. Measured on 2 cores, whole unit
    // suite: 1,414 s with one fork, 960 s with two, the same 4,185 tests passing (docs/performance.md).
    maxWorkers: Math.max(1, availableParallelism()),
    // Memory-bound tests collect garbage before each sample so they measure live memory, not GC timing.
    execArgv: ['--expose-gc'],
  },
});
