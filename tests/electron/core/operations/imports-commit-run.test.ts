// imports.dryRunRun and imports.commitRun as operations: progress to a final ok; cancel of a commit rolls the whole file back.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importStagingDir } from '../../../../electron/core/handlers/imports.ts';
import { openSetUpOffice, removeTempDirs, unwrap, type TestOffice } from '../../../support/register.ts';
import { liveDigest, MAPPING, PERSON_HEADERS, writeXlsx, type CellValue } from '../../../support/imports.ts';
import { makeNik, makeNoKk } from '../../../support/persons.ts';
import { follow } from './support.ts';

let office: TestOffice;
const ROWS = 120;

beforeAll(async () => {
  office = await openSetUpOffice();
  const rows: CellValue[][] = Array.from({ length: ROWS }, (_, i) => [
    String(i + 1),
    makeNik('1990-01-15', 'L', i + 1),
    makeNoKk(1000 + Math.floor(i / 4)),
    `Warga Operasi ${i}`,
    'L',
    '15/01/1990',
    i % 4 === 0 ? 'Kepala Keluarga' : 'Anak',
    'Jl. Operasi 1',
    '001',
    '001',
    'Tritih Wetan',
  ]);
  const path = await writeXlsx({ Warga: [PERSON_HEADERS, ...rows] });
  mkdirSync(importStagingDir(office.dataDir), { recursive: true });
  copyFileSync(path, join(importStagingDir(office.dataDir), 'warga-besar.xlsx'));
});
afterAll(async () => {
  await office.register.close();
  removeTempDirs();
});

const input = { file: 'warga-besar.xlsx', mapping: MAPPING };

describe('imports.dryRunRun operation', () => {
  it('reports progress every 100 rows (of rows estimated from the bytes read) and ends ok with the summary; writes nothing', async () => {
    const petugas = office.users.petugas.caller;
    const before = liveDigest(office.register);
    const started = unwrap(
      await office.register.call(petugas, 'operations.start', { name: 'imports.dryRunRun', input }),
    );
    const events = await follow(office.register, petugas, started.id);
    const progress = events.flatMap((e) => (e.kind === 'progress' ? [e] : []));
    // The file is streamed: the total is an estimate until the last row, then exact.
    expect(progress.map((p) => [p.phase, p.done])).toEqual([
      ['uji-data', 0],
      ['uji-data', 100],
      ['uji-data', ROWS],
    ]);
    expect(progress.every((p) => p.total !== null && p.total >= p.done)).toBe(true);
    expect(progress.at(-1)?.total).toBe(ROWS);
    expect(events.at(-1)).toMatchObject({
      kind: 'final',
      state: 'ok',
      result: { summary: { counts: { new: ROWS, error: 0 }, headers: PERSON_HEADERS } },
    });
    expect(liveDigest(office.register)).toBe(before);
  });
});

describe('imports.commitRun operation', () => {
  it('cancelled: nothing of the file is written', async () => {
    const petugas = office.users.petugas.caller;
    const before = liveDigest(office.register);
    const started = unwrap(
      await office.register.call(petugas, 'operations.start', { name: 'imports.commitRun', input }),
    );
    unwrap(await office.register.call(petugas, 'operations.cancel', { id: started.id }));
    const events = await follow(office.register, petugas, started.id);
    const last = events.at(-1);
    expect(last).toMatchObject({ kind: 'final', state: 'cancelled', result: { committed: null } });
    expect(liveDigest(office.register)).toBe(before);
  });

  it('reports progress per row and ends ok with the batch', async () => {
    const petugas = office.users.petugas.caller;
    const started = unwrap(
      await office.register.call(petugas, 'operations.start', { name: 'imports.commitRun', input }),
    );
    const events = await follow(office.register, petugas, started.id);
    const progress = events.flatMap((e) => (e.kind === 'progress' ? [e] : []));
    expect(progress.length).toBe(ROWS);
    expect(
      progress.every((p) => p.phase === 'impor-data' && p.total === ROWS && p.item === 'warga-besar.xlsx'),
    ).toBe(true);
    expect(progress.map((p) => p.done)).toEqual(Array.from({ length: ROWS }, (_, i) => i));
    expect(events.at(-1)).toMatchObject({
      kind: 'final',
      state: 'ok',
      result: { committed: { created: ROWS, householdsCreated: ROWS / 4 } },
    });
  });
});
