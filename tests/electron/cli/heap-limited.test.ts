// `puskesos import` runs in a worker under the core writer thread's heap limit; at the limit it prints the Indonesian message and writes nothing.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInHeapLimit } from '../../../electron/cli/heap-limited.ts';
import {
  CLI_OUT_OF_MEMORY_MESSAGE,
  CORE_OLD_GENERATION_MB,
} from '../../../electron/core/host/heap-limits.ts';
import { openTestRegister, removeTempDirs, tempDir } from '../../support/register.ts';
import { liveDigest, MAPPING, openImportOffice, PERSON_HEADERS, writeXlsx } from '../../support/imports.ts';
import { makeNik, makeNoKk } from '../../support/persons.ts';

let dir: string;
let mappingFile: string;
let file: string;

/** `rows` residents in households of four, all new. */
const residents = (rows: number): string[][] =>
  Array.from({ length: rows }, (_, i) => [
    String(i + 1),
    makeNik(`19${50 + (i % 40)}-0${1 + (i % 9)}-1${i % 9}`, i % 2 ? 'P' : 'L', 1000 + i),
    makeNoKk(5000 + Math.floor(i / 4)),
    `Warga Batas ${i}`,
    i % 2 ? 'P' : 'L',
    `1${i % 9}/0${1 + (i % 9)}/19${50 + (i % 40)}`,
    i % 4 === 0 ? 'Kepala Keluarga' : 'Anak',
    `Jl. Batas ${Math.floor(i / 4)}`,
    '001',
    '002',
    'Tritih Wetan',
  ]);

beforeAll(async () => {
  const t = await openImportOffice();
  dir = t.dataDir;
  await t.register.close();
  mappingFile = join(tempDir(), 'pemetaan.json');
  writeFileSync(mappingFile, JSON.stringify(MAPPING));
  file = await writeXlsx({ Warga: [PERSON_HEADERS, ...residents(2_000)] });
}, 60_000);
afterAll(removeTempDirs);

interface Run {
  code: number;
  out: string[];
  err: string[];
  progress: string[];
}

async function run(argv: string[], maxOldGenerationSizeMb?: number): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const progress: string[] = [];
  const code = await runInHeapLimit(
    argv,
    { out: (l) => out.push(l), err: (l) => err.push(l), progress: (l) => progress.push(l) },
    maxOldGenerationSizeMb === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb } },
  );
  return { code, out, err, progress };
}

async function digestOf(): Promise<string> {
  const t = await openTestRegister({ dataDir: dir, mode: 'existing' });
  try {
    return liveDigest(t.register);
  } finally {
    await t.register.close();
  }
}

describe('puskesos import under the heap limit', () => {
  it('runs the command in the worker: its output and exit code come back', async () => {
    const r = await run(['import', '--data-dir', dir, file, '--mapping', mappingFile, '--dry-run']);
    expect(r.err).toEqual([]);
    expect(r.out).toContain(
      'Baris: 2000 baru, 0 sudah terdaftar, 0 duplikat di berkas, 0 peringatan, 0 galat.',
    );
    expect(r.code).toBe(0);
    expect(CLI_OUT_OF_MEMORY_MESSAGE).toContain(`batas ${CORE_OLD_GENERATION_MB} MiB`);
  }, 60_000);

  it('at the limit: the Indonesian message, exit 1, and the register as it was', async () => {
    const before = await digestOf();
    // A limit far below what the commit of 2,000 rows needs stands for a file far larger than the real limit.
    const r = await run(['import', '--data-dir', dir, file, '--mapping', mappingFile], 40);
    expect(r.err).toEqual([CLI_OUT_OF_MEMORY_MESSAGE]);
    expect(r.code).toBe(1);
    // It stopped after opening the register (its lock taken), during the import. The CLI process ends
    // after the message; here the lock names the (still running) test process.
    const lock = join(dir, 'puskesos.lock');
    expect(existsSync(lock)).toBe(true);
    rmSync(lock);
    expect(await digestOf()).toBe(before);
  }, 60_000);
});
