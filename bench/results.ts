// Writes a run's results: the JSON file under bench/results/ and, for full scale, the table in docs/performance.md.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Machine } from './machine.ts';
import type { Measure } from './measure.ts';
import { markdownTable } from './table.ts';

export interface RunResult {
  date: string;
  scale: string;
  seed: string;
  dataset: {
    key: string;
    offices: number;
    personsPerOffice: number;
    reused: boolean;
    builtInSeconds: number;
  };
  machine: Machine;
  measures: Measure[];
  details: Record<string, unknown>;
  durationSeconds: number;
}

/** Written to a temporary name and renamed: a reader never sees half a file. */
export function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

export function writeResultJson(dir: string, r: RunResult): string {
  const file = join(dir, `${r.date.slice(0, 10)}-${r.scale}.json`);
  writeAtomic(file, `${JSON.stringify(r, null, 2)}\n`);
  return file;
}

export const TABLE_START = '<!-- bench:table:start -->';
export const TABLE_END = '<!-- bench:table:end -->';

export function machineText(m: Machine): string {
  return `${m.cpu}, ${m.cores} cores; ${m.ramGiB} GiB RAM; disk ${m.disk}; ${m.os}; Node ${m.node}`;
}

/** The block between the markers: run date, scale, machine and the table. */
export function tableBlock(r: RunResult): string {
  return [
    TABLE_START,
    `Run of ${r.date} (UTC), scale \`${r.scale}\` (seed \`${r.seed}\`): ${r.dataset.offices} kecamatan × ` +
      `${r.dataset.personsPerOffice.toLocaleString('en-US')} residents, run time ${Math.round(r.durationSeconds)} s ` +
      `(dataset ${r.dataset.reused ? 'reused from the cache' : `built in ${Math.round(r.dataset.builtInSeconds)} s`}).`,
    '',
    `Machine: ${machineText(r.machine)}.`,
    '',
    markdownTable(r.measures),
    TABLE_END,
  ].join('\n');
}

/** Replaces the table between the markers in docs/performance.md (the rest of the page is prose kept by hand). */
export function updatePerformanceDoc(path: string, r: RunResult): boolean {
  if (!existsSync(path)) return false;
  const text = readFileSync(path, 'utf8');
  const a = text.indexOf(TABLE_START);
  const b = text.indexOf(TABLE_END);
  if (a < 0 || b < a) return false;
  writeAtomic(path, `${text.slice(0, a)}${tableBlock(r)}${text.slice(b + TABLE_END.length)}`);
  return true;
}
