// Reading and writing trust files for the CLI: clear messages for a missing input, atomic output.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { writeFileAtomic } from '../core/datadir/files.ts';
import type { GeneratedFile } from '../../shared/types/cases.ts';
import { CliError, usageError } from './io.ts';

/** The one FILE argument of `enroll accept` / `network import`. */
export function onePositional(positionals: string[], what: string): string {
  if (positionals.length !== 1 || !positionals[0]) throw usageError(`Sebutkan tepat satu ${what}.`);
  return positionals[0];
}

export function readTrustFile(path: string): string {
  if (!existsSync(path) || !statSync(path).isFile()) throw new CliError(`File tidak ditemukan: ${path}`);
  return readFileSync(path, 'utf8');
}

/** Checked before anything is done, so a bad --out leaves the register untouched. */
export function checkOutPath(path: string): string {
  const full = resolve(path);
  const dir = dirname(full);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new CliError(`Folder tujuan tidak ada: ${dir}`);
  }
  if (existsSync(full) && statSync(full).isDirectory()) {
    throw new CliError(`--out harus nama file, bukan folder: ${full}`);
  }
  return full;
}

/** Written under a temporary name, then renamed: a reader never sees half a file. */
export function writeGenerated(path: string, file: GeneratedFile): void {
  writeFileAtomic(path, Buffer.from(file.base64, 'base64'));
}
