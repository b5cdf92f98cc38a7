// Build configuration: Electron main and the web host, the sandboxed preload (one CommonJS file), the React renderer.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The web host is built beside the main process: `node out/main/web.js` starts without type-stripping
      // the core file by file (about a second of CPU at every start, see docs/performance.md).
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          web: resolve(import.meta.dirname, 'electron/web/serve.ts'),
          // The core's worker thread (electron/core/host/worker-host.ts starts it from beside the host's bundle).
          'core-worker': resolve(import.meta.dirname, 'electron/core/host/worker-entry.ts'),
          'core-reader': resolve(import.meta.dirname, 'electron/core/host/reader-entry.ts'),
          // A backup's copy (VACUUM INTO) on its own short-lived thread (electron/core/backup/vacuum-copy.ts).
          'core-vacuum': resolve(import.meta.dirname, 'electron/core/backup/vacuum-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } },
    },
  },
});
