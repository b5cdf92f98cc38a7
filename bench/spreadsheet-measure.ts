// Issue 14's scale rows: a synthetic residents workbook read bare by exceljs, dry-run and committed, each in its own child process.
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { desaOfArea } from '../electron/core/imports/desa.ts';
import { CORE_OLD_GENERATION_MB, coreHeapFlag } from '../electron/core/host/heap-limits.ts';
import { ROOT } from './cli.ts';
import { measure, type Measure } from './measure.ts';
import type { ScaleName } from './scales.ts';
import { writeSpreadsheet } from './spreadsheet-file.ts';

/**
 * Rows of the synthetic residents workbook per scale (issue 14: 100,000 at full scale). Kept here, not in
 * scales.ts, whose text keys the cached datasets.
 */
export const SPREADSHEET_ROWS: Record<ScaleName, number> = { small: 4_000, medium: 20_000, full: 100_000 };

interface Phase {
  ms: number;
  /** The child's CPU time over the same span (user + system). */
  cpuMs: number;
  maxRss: number;
}

export interface SpreadsheetResult {
  rows: number;
  bytes: number;
  read: Phase;
  dry: Phase & { counts: Record<string, number> };
  commit: Phase & {
    created: number;
    writeMs: number;
    writeCpuMs: number;
    raw: { rows: number; ms: number; cpuMs: number };
  };
}

function child<T>(phase: string, dataDir: string, file: string): Promise<T> {
  return new Promise((done, fail) => {
    // Under the heap limit of the app's core writer thread, where an import runs (heap-limits.ts).
    const args = [coreHeapFlag(), resolve(ROOT, 'bench/spreadsheet-child.ts'), phase, dataDir, file];
    const p = spawn(process.execPath, args, {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    p.stdout.on('data', (c: Buffer) => (out += c.toString()));
    p.stderr.on('data', (c: Buffer) => (err += c.toString()));
    p.once('error', fail);
    p.once('exit', (code) => {
      if (code !== 0) return fail(new Error(`spreadsheet ${phase} failed (${code}): ${err}`));
      try {
        done(JSON.parse(out.trim().split('\n').at(-1) ?? '') as T);
      } catch (e) {
        fail(new Error(`spreadsheet ${phase} printed no result: ${out}${err}`, { cause: e }));
      }
    });
  });
}

/** Writes the workbook into `workDir`, then times the bare read, the dry run and the commit into `officeDir` (a copy). */
export async function measureSpreadsheet(
  officeDir: string,
  regionCode: string,
  rows: number,
  workDir: string,
): Promise<SpreadsheetResult> {
  const desa = (await desaOfArea(regionCode)).map((d) => d.name);
  const file = join(workDir, 'warga-bench.xlsx');
  await writeSpreadsheet(file, rows, regionCode, desa);
  const read = await child<Phase>('read', officeDir, file);
  const dry = await child<SpreadsheetResult['dry']>('dry', officeDir, file);
  const commit = await child<SpreadsheetResult['commit']>('commit', officeDir, file);
  return { rows, bytes: statSync(file).size, read, dry, commit };
}

const MIB = 1024 * 1024;

export function spreadsheetMeasures(r: SpreadsheetResult): Measure[] {
  const rows = r.rows.toLocaleString('en-US');
  return [
    measure({
      id: 'spreadsheet-dry-run',
      label: `dry run of a ${rows}-row residents workbook`,
      figure: { value: r.dry.ms, unit: 'ms' },
      baseline: { value: r.read.ms, unit: 'ms' },
      baselineLabel: 'bare exceljs streaming read of the same file',
      target: { on: 'ratio', op: '<=', value: 2 },
      note: `${(r.bytes / MIB).toFixed(2)} MiB; ${JSON.stringify(r.dry.counts)}; CPU-time ratio ${(r.dry.cpuMs / r.read.cpuMs).toFixed(2)}×`,
    }),
    measure({
      id: 'spreadsheet-commit',
      label: `commit of the ${rows}-row workbook (residents and households)`,
      figure: { value: r.commit.created / (r.commit.writeMs / 1000), unit: 'records/s' },
      baseline: { value: r.commit.raw.rows / (r.commit.raw.ms / 1000), unit: 'records/s' },
      baselineLabel: 'plain prepared INSERT of the same rows into the same tables, one transaction',
      target: { on: 'ratio', op: '>=', value: 0.3 },
      note: `${r.commit.created.toLocaleString('en-US')} records written in ${(r.commit.writeMs / 1000).toFixed(2)} s (with audit, batch items, commit); CPU-time ratio ${(r.commit.raw.cpuMs / r.commit.writeCpuMs).toFixed(2)}×; whole run with read and dry run ${(r.commit.ms / 1000).toFixed(1)} s`,
    }),
    measure({
      id: 'spreadsheet-rss',
      label: `peak RSS of the ${rows}-row dry run and commit`,
      figure: { value: Math.max(r.dry.maxRss, r.commit.maxRss), unit: 'bytes' },
      baseline: { value: r.read.maxRss, unit: 'bytes' },
      baselineLabel: 'bare exceljs read',
      target: { on: 'figure', op: '<', value: 400 * MIB, unit: 'bytes' },
      note: `child maxRSS under the core writer thread's heap limit (${CORE_OLD_GENERATION_MB} MiB): dry run ${(r.dry.maxRss / MIB).toFixed(0)} MiB, commit ${(r.commit.maxRss / MIB).toFixed(0)} MiB`,
    }),
  ];
}
