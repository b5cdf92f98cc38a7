// The commit's bulk write path writes exactly what the single-record services write (the same rows, clocks, audit and undo items), through statements prepared once.
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3-multiple-ciphers';
import type { Register } from '../../../../electron/core/register.ts';
import { preparedRows } from '../../../../electron/core/imports/bulk-write.ts';
import { SYNCED_TABLES } from '../../../../electron/core/digest/synced-tables.ts';
import type { ImportMapping } from '../../../../shared/types/imports.ts';
import { openTestRegister, removeTempDirs, tempDir } from '../../../support/register.ts';
import {
  importFile,
  MAPPING,
  openImportOffice,
  PERSON_HEADERS,
  serviceWrites,
  undoImport,
  writeXlsx,
  type CellValue,
} from '../../../support/imports.ts';
import { makeNik, makeNoKk } from '../../../support/persons.ts';

// Ids from a counter (reset before each run) so both registers give their rows the same ids.
const ids = vi.hoisted(() => ({ n: 0 }));
vi.mock('uuid', async (original) => {
  const real = await original<Record<string, unknown>>();
  const counted = (): string => {
    const hex = (++ids.n).toString(16).padStart(12, '0');
    return `00000000-0000-7000-8000-${hex}`;
  };
  return { ...real, v7: counted, v4: counted };
});

const open: Register[] = [];
const memoryDbs: Database.Database[] = [];
afterEach(async () => {
  for (const r of open.splice(0)) await r.close();
  for (const db of memoryDbs.splice(0)) db.close();
  removeTempDirs();
});

/** Two copies of one freshly set-up office: same office id, same clock, same HLC state. */
async function twoCopies(): Promise<[Register, Register]> {
  const t = await openImportOffice();
  await t.register.close();
  rmSync(join(t.dataDir, 'puskesos.lock'), { force: true });
  const copy = join(tempDir(), 'register');
  cpSync(t.dataDir, copy, { recursive: true });
  const a = await openTestRegister({ dataDir: t.dataDir, mode: 'existing', clock: t.clock });
  const b = await openTestRegister({ dataDir: copy, mode: 'existing', clock: { ...t.clock } });
  open.push(a.register, b.register);
  return [a.register, b.register];
}

/** Every row the import can touch, whole (ids, clocks, HLC, local sequence, audit, batch items). */
function dump(r: Register): Record<string, unknown[]> {
  const all = (q: string): unknown[] => r.deps.sqlite.prepare(q).all();
  const out: Record<string, unknown[]> = {};
  for (const t of SYNCED_TABLES) out[t.name] = all(`select * from "${t.name}" order by id`);
  out.audit = all('select * from audit_log order by id');
  out.batches = all('select * from import_batches order by id');
  out.items = all('select * from import_batch_items order by batch_id, seq');
  out.meta = all(`select * from meta where key in ('hlc_last', 'local_seq') order by key`);
  return out;
}

const family = (kk: number, n: number, overrides: (CellValue | undefined)[][] = []): CellValue[][] =>
  Array.from({ length: n }, (_, i) =>
    [
      String(i + 1),
      makeNik(`198${i}-0${i + 1}-1${i}`, i % 2 ? 'P' : 'L', kk * 10 + i),
      makeNoKk(kk),
      `Warga Setara ${kk}-${i}`,
      i % 2 ? 'P' : 'L',
      `1${i}/0${i + 1}/198${i}`,
      i === 0 ? 'Kepala Keluarga' : 'Anak',
      `Jl. Setara ${kk}`,
      '001',
      '002',
      'Tritih Wetan',
    ].map((v, j) => (overrides[i]?.[j] !== undefined ? (overrides[i]?.[j] ?? null) : v)),
  );

const BNBA: ImportMapping = {
  kind: 'programs',
  columns: { nik: 'NIK', name: 'Nama Lengkap', address: 'ALAMAT', desa: 'DESA', program: 'PROGRAM' },
};

describe('bulk write path', () => {
  it('gives the same register as the single-record services: create, update, records, undo', async () => {
    const [single, bulk] = await twoCopies();
    // A row whose NIK disagrees with its birth date is committed with an override reason.
    const first = await writeXlsx({
      Warga: [
        PERSON_HEADERS,
        ...family(1, 3),
        ...family(2, 2, [[undefined, undefined, undefined, undefined, undefined, '01/01/1999']]),
      ],
    });
    const second = await writeXlsx({
      Warga: [
        PERSON_HEADERS,
        ...family(1, 3, [[undefined, undefined, undefined, 'Warga Setara Diubah']]),
        ...family(3, 2),
      ],
    });
    const programs = await writeXlsx({
      BNBA: [
        ['NIK', 'Nama Lengkap', 'ALAMAT', 'DESA', 'PROGRAM'],
        [makeNik('1980-01-10', 'L', 10), 'Warga Setara 1-0', 'Jl. Setara 1', 'Tritih Wetan', 'PKH'],
        [makeNik('1975-03-03', 'P', 77), 'Penerima Baru', 'Jl. Baru', 'Tritih Wetan', 'Sembako'],
      ],
    });
    const runs = async (r: Register, bulkPath: boolean): Promise<Record<string, unknown[]>> => {
      ids.n = 0;
      const more = bulkPath ? {} : { writesFor: serviceWrites };
      const a = await importFile(r, first, more);
      const update = {
        ...more,
        mapping: { ...MAPPING, updateGroups: ['identitas' as const, 'lainnya' as const] },
      };
      await importFile(r, second, update);
      // Again: every row unchanged, so neither path takes a stamp or a local sequence number.
      await importFile(r, second, update);
      await importFile(r, programs, { ...more, mapping: BNBA });
      const batch = a.commit?.batchId ?? '';
      await undoImport(r, batch);
      return dump(r);
    };
    const viaServices = await runs(single, false);
    const viaBulk = await runs(bulk, true);
    expect(viaServices.persons?.length).toBe(8);
    expect(viaServices.program_memberships?.length).toBe(2);
    expect(viaServices.items?.length).toBeGreaterThan(10);
    expect(viaBulk).toEqual(viaServices);
  });

  it('prepares no statement per row: 20 households commit with as many statements as 2', async () => {
    // Each statement left to the garbage collector holds native memory V8 does not count (PreparedRows in bulk-write.ts).
    const [small, large] = await twoCopies();
    const prepares = async (r: Register, households: number): Promise<number> => {
      const rows = Array.from({ length: households }, (_, k) => family(10 + k, 4)).flat();
      const path = await writeXlsx({ Warga: [PERSON_HEADERS, ...rows] });
      const sqlite = r.deps.sqlite;
      const prepare = vi.spyOn(sqlite, 'prepare');
      try {
        const o = await importFile(r, path);
        expect(o.commit?.created).toBe(households * 4);
        return prepare.mock.calls.length;
      } finally {
        prepare.mockRestore();
      }
    };
    const two = await prepares(small, 2);
    const twenty = await prepares(large, 20);
    expect(two).toBeGreaterThan(0);
    expect(twenty).toBe(two);
  });
});

function memory(): Database.Database {
  const db = new Database(':memory:');
  memoryDbs.push(db);
  db.exec('create table t (id text primary key, a text, b integer)');
  return db;
}

describe('preparedRows', () => {
  it('inserts many rows through one statement per column list', () => {
    const db = memory();
    const prepare = vi.spyOn(db, 'prepare');
    const rows = preparedRows(db);
    for (let i = 0; i < 50; i++) rows.insert('t', { id: `r${i}`, a: `nilai ${i}`, b: i });
    rows.insert('t', { id: 'x', a: null });
    expect(prepare).toHaveBeenCalledTimes(2);
    expect(db.prepare('select count(*) as n from t').get()).toEqual({ n: 51 });
    expect(db.prepare(`select a, b from t where id = 'x'`).get()).toEqual({ a: null, b: null });
  });

  it('reads one column by id and the first value of a query, undefined when there is no row', () => {
    const db = memory();
    const rows = preparedRows(db);
    rows.insert('t', { id: 'r1', a: 'satu', b: 1 });
    const prepare = vi.spyOn(db, 'prepare');
    expect(rows.columnOf('t', 'a', 'r1')).toBe('satu');
    expect(rows.columnOf('t', 'a', 'tidak-ada')).toBeUndefined();
    expect(rows.first('select id from t where b = ?', 1)).toBe('r1');
    expect(rows.first('select id from t where b = ?', 2)).toBeUndefined();
    expect(prepare).toHaveBeenCalledTimes(2);
  });
});
