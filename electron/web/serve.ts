#!/usr/bin/env node
// `npm run serve`: opens the office register and serves the app on 127.0.0.1 for a browser or the e2e tests.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir, readPackageVersion } from '../core/app/data-home.ts';
import { startWorkerHost } from '../core/host/worker-host.ts';
import { startWebHost } from './server.ts';

const root = resolve(import.meta.dirname, '../..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      'static-dir': { type: 'string' },
    },
    strict: true,
  });
  const dataDir = values['data-dir'] ?? defaultDataDir();
  const port = values.port ? Number(values.port) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`Port tidak valid: ${values.port}`);
  // The core runs in its worker thread, as in the desktop app: this thread only serves HTTP.
  const core = await startWorkerHost({
    register: {
      dataDir,
      mode: 'create',
      holder: 'web host Puskesos (npm run serve)',
      appVersion: readPackageVersion(resolve(root, 'package.json')),
    },
    services: { dailyBackup: true },
  });
  const host = await startWebHost({
    core,
    staticDir: values['static-dir'] ?? resolve(root, 'out/renderer'),
    port,
  });
  console.log(`Direktori data: ${core.dataDir}`);
  console.log(`Puskesos Desktop (web host) siap. Buka alamat ini di peramban:`);
  console.log(`PUSKESOS_URL ${host.openUrl}`);
  const stop = async (): Promise<void> => {
    await host.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  console.error(`Gagal memulai web host: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
