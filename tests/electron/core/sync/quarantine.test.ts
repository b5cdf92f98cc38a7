// Quarantine: records of a newer schema wait with their reason while the rest applies, and apply on retry after an update.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNCED_TABLES, type SyncedTable } from '../../../../electron/core/digest/synced-tables.ts';
import { readKeys } from '../../../../electron/core/office/keystore.ts';
import type { ChangeRecord, ChangeValue } from '../../../../electron/core/sync/bundle/change-record.ts';
import { writeBundle } from '../../../../electron/core/sync/bundle/writer.ts';
import { importBundle } from '../../../../electron/core/sync/import.ts';
import { listQuarantine, retryQuarantine } from '../../../../electron/core/sync/quarantine.ts';
import { retryQuarantineAfterUpdate } from '../../../../electron/core/sync/quarantine-on-update.ts';
import { as } from '../../../support/cases.ts';
import { openSetUpOffice, T0, tempDir, unwrap, type TestOffice } from '../../../support/register.ts';
import { fieldOf } from '../../../support/sync-edit.ts';
import { KECAMATAN } from '../../../support/sync-keys.ts';
import { DINSOS_SETUP, ownOfficeRow } from '../../../support/sync-network.ts';

let dinsos: TestOffice;
let file: string;

const stamp = (ms: number): string => `${String(T0 + ms).padStart(13, '0')}-0000-${KECAMATAN.officeId}`;
const idOf = (n: number): string => `0190bbbb-0000-7000-8000-${String(n).padStart(12, '0')}`;

function person(n: number, extra: Record<string, ChangeValue> = {}): ChangeRecord {
  return {
    table: 'persons',
    id: idOf(n),
    origin: KECAMATAN.officeId,
    deleted: false,
    clocks: { b: stamp(n), f: {} },
    values: {
      household_id: null,
      nik: null,
      name: `Warga ${n}`,
      name_norm: `warga ${n}`,
      sex: 'P',
      birth_place: null,
      birth_date: null,
      relationship: null,
      religion: null,
      marital_status: null,
      education: null,
      occupation: null,
      disability_types: '[]',
      padan_dukcapil: 'unknown',
      dtsen_status: 'tidak_diketahui',
      phone: null,
      desa_code: '33.01.08.2001',
      nik_override_reason: null,
      notes: null,
      ...extra,
    },
  };
}

beforeAll(async () => {
  dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
  const { sqlite, paths, keyProtector } = dinsos.register.deps;
  sqlite
    .prepare(
      `insert into trusted_keys values (?, ?, 'kecamatan', '33.01.08', 'Puskesos Kecamatan Jeruklegi', ?, ?,
         'active', '2026-03-01T00:00:00.000Z', null)`,
    )
    .run(
      KECAMATAN.fingerprint,
      KECAMATAN.officeId,
      KECAMATAN.keys.sign.publicKey,
      KECAMATAN.keys.box.publicKey,
    );
  const own = ownOfficeRow(dinsos.register);
  const box = readKeys(paths.keys, keyProtector).box.publicKey;
  // A newer version's bundle: a column and a table this version does not know, between ordinary records.
  const records: ChangeRecord[] = [
    person(1),
    person(2, { nama_panggilan: 'Ani' }),
    {
      table: 'bantuan_v9',
      id: idOf(3),
      origin: KECAMATAN.officeId,
      deleted: false,
      clocks: { b: stamp(3), f: {} },
      values: { person_id: idOf(1), jumlah: 300_000 },
    },
    person(4),
  ];
  file = join(tempDir(), 'dari-versi-baru.pksb');
  await writeBundle({
    out: file,
    sender: KECAMATAN.sender,
    recipients: [{ officeId: own.id, fingerprint: own.fingerprint, boxPublicKey: box }],
    sequence: 1,
    schemaVersion: 99,
    records: records.values(),
  });
}, 60_000);
afterAll(() => dinsos.dispose());

describe('quarantine', () => {
  it('keeps unknown tables and columns aside with the reason and applies the rest of the bundle', async () => {
    const r = await importBundle(dinsos.register.deps, file);
    expect(r).toMatchObject({ status: 'applied', records: 4, applied: 2, quarantined: 2 });
    const q = await listQuarantine(dinsos.register.deps.db);
    expect(q.map((x) => [x.table, x.rowId, x.senderOfficeId, x.resolved])).toEqual([
      ['persons', idOf(2), KECAMATAN.officeId, false],
      ['bantuan_v9', idOf(3), KECAMATAN.officeId, false],
    ]);
    expect(q[0]?.reason).toMatch(/Kolom persons\.nama_panggilan tidak dikenal .*perbarui aplikasi/);
    expect(q[1]?.reason).toMatch(/Tabel bantuan_v9 tidak dikenal .*perbarui aplikasi/);
    for (const n of [1, 4]) expect(fieldOf(dinsos.register, 'persons', idOf(n), 'name')).toBe(`Warga ${n}`);
    expect(fieldOf(dinsos.register, 'persons', idOf(2), 'name')).toBeUndefined();
    // The same file again is a no-op: nothing is quarantined twice.
    expect((await importBundle(dinsos.register.deps, file)).status).toBe('already_applied');
    expect(await listQuarantine(dinsos.register.deps.db, 'all')).toHaveLength(2);
  });

  it('a retry before any update changes nothing; after one, what the update taught applies', async () => {
    const { deps } = dinsos.register;
    expect(await retryQuarantine(deps)).toEqual({ retried: 2, applied: 0, remaining: 2 });
    expect(fieldOf(dinsos.register, 'persons', idOf(2), 'name')).toBeUndefined();

    // "The update": this version now has persons.nama_panggilan (a migration and the synced-table registry).
    const persons = SYNCED_TABLES.find((t) => t.name === 'persons') as SyncedTable;
    const columns = persons.columns;
    deps.sqlite.exec(`alter table persons add column nama_panggilan text`);
    persons.columns = [...columns, 'nama_panggilan'];
    try {
      dinsos.clock.ms += 60_000;
      expect(await retryQuarantine(deps)).toEqual({ retried: 2, applied: 1, remaining: 1 });
    } finally {
      persons.columns = columns;
    }
    expect(fieldOf(dinsos.register, 'persons', idOf(2), 'nama_panggilan')).toBe('Ani');
    expect(fieldOf(dinsos.register, 'persons', idOf(2), 'name')).toBe('Warga 2');
    const all = await listQuarantine(deps.db, 'all');
    expect(all.map((x) => [x.table, x.resolved])).toEqual([
      ['persons', true],
      ['bantuan_v9', false],
    ]);
    expect(all.every((x) => x.retriedAt === new Date(dinsos.clock.ms).toISOString())).toBe(true);
    expect((await listQuarantine(deps.db)).map((x) => x.table)).toEqual(['bantuan_v9']);
  });

  it('an app update retries what still waits, once per version; the same version again does nothing', async () => {
    const { deps } = dinsos.register;
    // This register was opened before its office existed, so its version is recorded now; after that, the
    // same version opening again retries nothing.
    await retryQuarantineAfterUpdate(deps);
    expect(await retryQuarantineAfterUpdate(deps)).toBeNull();
    const updated = { ...deps, appVersion: '99.0.0' };
    expect(await retryQuarantineAfterUpdate(updated)).toEqual({ retried: 1, applied: 0, remaining: 1 });
    expect(await retryQuarantineAfterUpdate(updated)).toBeNull();
    expect((await listQuarantine(deps.db)).map((x) => x.table)).toEqual(['bantuan_v9']);
  });

  it('the Sinkronisasi screen lists what waits with its bundle and sender, and a writer may retry', async () => {
    const { register } = dinsos;
    const status = unwrap(await register.call(await as(dinsos, 'pengamat'), 'sync.status', {}));
    expect(status.openQuarantine).toBe(1);
    const open = unwrap(await register.call(await as(dinsos, 'pengamat'), 'sync.quarantine', {}));
    expect(open.map((q) => [q.table, q.fileName, q.resolved])).toEqual([
      ['bantuan_v9', 'dari-versi-baru.pksb', false],
    ]);
    expect(open[0]?.reason).toMatch(/Tabel bantuan_v9 tidak dikenal/);
    const all = unwrap(
      await register.call(await as(dinsos, 'pengamat'), 'sync.quarantine', { which: 'all' }),
    );
    expect(all.map((q) => [q.table, q.resolved])).toEqual([
      ['persons', true],
      ['bantuan_v9', false],
    ]);
    const refused = await register.call(await as(dinsos, 'pengamat'), 'sync.retryQuarantine', {});
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
    const retried = unwrap(await register.call(await as(dinsos, 'petugas'), 'sync.retryQuarantine', {}));
    expect(retried).toEqual({ retried: 1, applied: 0, remaining: 1 });
  });
});
