// One-off memory profile of a spreadsheet import: process.memoryUsage() sampled every 20 ms, peaks per phase (classify, write, after), as JSON.
import { readFileSync } from 'node:fs';
import { resourceUsage } from 'node:process';
import { getHeapStatistics } from 'node:v8';
import { getOwnOfficeId } from '../electron/core/office/office-repo.ts';
import { runImport } from '../electron/core/imports/run.ts';
import { SPREADSHEET_MAPPING } from './spreadsheet-file.ts';
import { openBench } from './open.ts';

const [phase, dataDir, file] = process.argv.slice(2);
if ((phase !== 'dry' && phase !== 'commit') || !dataDir || !file) {
  process.stderr.write(
    'usage: node --max-old-space-size=768 bench/spreadsheet-memory.ts dry|commit DATA_DIR FILE.xlsx\n',
  );
  process.exit(2);
}

const MIB = 1024 * 1024;
type Peak = { rss: number; heapTotal: number; heapUsed: number; external: number; arrayBuffers: number };
const peaks = new Map<string, Peak>();
let current = 'open';
/** The kernel's split of the resident set at each phase's RSS peak (anonymous, file-backed, shared memory). */
const split: Record<string, string> = {};
const sample = (): void => {
  const m = process.memoryUsage();
  const p = peaks.get(current) ?? { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
  if (m.rss > p.rss)
    split[current] = [
      ...(readFileSync('/proc/self/status', 'utf8').match(/^Rss\w+:\s+\d+ kB$/gm) ?? []),
      `v8 malloced ${(getHeapStatistics().malloced_memory / MIB).toFixed(1)} MiB`,
    ].join(', ');
  peaks.set(current, {
    rss: Math.max(p.rss, m.rss),
    heapTotal: Math.max(p.heapTotal, m.heapTotal),
    heapUsed: Math.max(p.heapUsed, m.heapUsed),
    external: Math.max(p.external, m.external),
    arrayBuffers: Math.max(p.arrayBuffers, m.arrayBuffers),
  });
};
/** With --expose-gc: the live heap at each phase's start (after a full collection). */
const live: Record<string, number> = {};
const enter = (name: string): void => {
  sample();
  current = name;
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    live[name] = +(process.memoryUsage().heapUsed / MIB).toFixed(1);
  }
  sample();
};
const timer = setInterval(sample, 20);
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const reg = await openBench(dataDir);
const officeId = (await getOwnOfficeId(reg.deps.db)) ?? '';
/** Statements prepared per phase (Kysely prepares one per query; each holds native memory until collected). */
const prepared: Record<string, number> = {};
const kinds = new Map<string, { n: number; chars: number }>();
const prepare = reg.deps.sqlite.prepare.bind(reg.deps.sqlite);
reg.deps.sqlite.prepare = ((text: string) => {
  prepared[current] = (prepared[current] ?? 0) + 1;
  const key = `${current}: ${text.slice(0, 60)}`;
  const k = kinds.get(key) ?? { n: 0, chars: 0 };
  kinds.set(key, { n: k.n + 1, chars: k.chars + text.length });
  return prepare(text);
}) as typeof prepare;
enter('classify');
const c0 = cpu();
const o = await runImport(
  reg.deps,
  officeId,
  { userId: null, username: 'system (bench)', role: 'system', device: 'bench' },
  {
    path: file,
    mapping: SPREADSHEET_MAPPING,
    template: null,
    dryRunOnly: phase === 'dry',
    progress:
      phase === 'dry'
        ? undefined
        : () => {
            if (current === 'classify') enter('write');
          },
  },
);
enter('after');
const cpuMs = cpu() - c0;
await reg.close();
clearInterval(timer);
const out: Record<string, unknown> = {
  phase,
  counts: o.plan.counts,
  cpuMs: Math.round(cpuMs),
  liveAtStart: live,
  prepared,
  split,
  maxRssMiB: +((resourceUsage().maxRSS * 1024) / MIB).toFixed(1),
};
for (const [k, p] of peaks)
  out[k] = Object.fromEntries(Object.entries(p).map(([f, v]) => [f, +(v / MIB).toFixed(1)]));
if (process.env.KINDS)
  for (const [k, v] of kinds) if (v.n > 50) process.stderr.write(`${v.n}\t${v.chars}\t${k}\n`);
process.stdout.write(`${JSON.stringify(out)}\n`);
