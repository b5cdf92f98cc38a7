import { exportBundles } from '../electron/core/sync/export.ts';
import { withBench } from './open.ts';
await withBench(process.argv[2]!, async (reg) => {
  const t0 = performance.now();
  const r = await exportBundles(reg.deps, process.argv[3]!);
  console.log('export ms', performance.now() - t0, r[0]?.records, process.cpuUsage());
});
