// Child process of the RSS measure: imports one bundle into the given register and prints its memory figures as JSON.
import { resourceUsage } from 'node:process';
import { importBundle } from '../electron/core/sync/import.ts';
import { openBench } from './open.ts';

const [dataDir, bundle] = process.argv.slice(2);
if (!dataDir || !bundle) {
  process.stderr.write('usage: node bench/import-child.ts DATA_DIR BUNDLE\n');
  process.exit(2);
}

const reg = await openBench(dataDir);
// memoryUsage.rss() reads only the RSS; the full memoryUsage() walks the heap and slowed the import down.
let peak = process.memoryUsage.rss();
const before = peak;
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage.rss());
}, 10);
const t0 = performance.now();
const r = await importBundle(reg.deps, bundle);
const ms = performance.now() - t0;
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage.rss());
await reg.close();
if (r.status !== 'applied') {
  process.stderr.write(`import ${r.status}: ${r.reason ?? ''}\n`);
  process.exit(1);
}
// maxRSS is the kernel's high-water mark for the whole process (KiB), sampling cannot miss a peak there.
const maxRss = resourceUsage().maxRSS * 1024;
process.stdout.write(
  `${JSON.stringify({ records: r.records, ms, rssBefore: before, peakSampled: peak, maxRss })}\n`,
);
