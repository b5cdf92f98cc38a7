// Sinkronisasi contract over the dispatch: status, export into the outbox, download, staged import by name, conflicts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Register } from '../../../../electron/core/register.ts';
import { getOwnOfficeId } from '../../../../electron/core/office/office-repo.ts';
import { createWriter } from '../../../../electron/core/sync/writer.ts';
import { stageBundle } from '../../../../electron/core/sync/staging.ts';
import type { Caller } from '../../../../electron/core/context.ts';
import type { ImportUploadResult } from '../../../../shared/types/sync.ts';
import { follow } from '../operations/support.ts';
import { downloadBundleBytes } from '../../../support/outbox-download.ts';
import { insertPerson } from '../../../support/cases.ts';
import { errorOf, openSetUpOffice, unwrap, type TestOffice } from '../../../support/register.ts';
import { DINSOS_SETUP, link, officeIdOf } from '../../../support/sync-network.ts';

let k1: TestOffice;
let dinsos: TestOffice;

beforeAll(async () => {
  k1 = await openSetUpOffice();
  dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
  link(dinsos.register, [k1.register]);
}, 60_000);
afterAll(async () => {
  await k1.register.close();
  await dinsos.dispose();
});

async function rename(register: Register, id: string, name: string): Promise<void> {
  const { db, now } = register.deps;
  await db.transaction().execute(async (trx) => {
    const officeId = await getOwnOfficeId(trx);
    if (!officeId) throw new Error('not set up');
    await createWriter(trx, officeId, now).update('persons', id, { name });
  });
}

/** Stages the bytes into `to`'s inbox as an upload does, then imports that file by name as the screen does. */
async function importBytes(
  to: TestOffice,
  caller: Caller,
  fileName: string,
  bytes: Buffer,
): Promise<ImportUploadResult> {
  await stageBundle(to.dataDir, fileName, Readable.from([bytes]));
  const { id } = unwrap(
    await to.register.call(caller, 'operations.start', {
      name: 'sync.importRun',
      input: { files: [fileName] },
    }),
  );
  const final = (await follow(to.register, caller, id)).at(-1);
  if (final?.kind !== 'final' || final.state === 'failed' || !('files' in final.result))
    throw new Error('import run failed');
  const [r] = final.result.files;
  if (!r) throw new Error('nothing imported');
  return r;
}

/** Exports at `from` and uploads every new file at `to`, as the screen does. */
async function exchange(from: TestOffice, to: TestOffice) {
  const exported = unwrap(await from.register.call(from.users.petugas.caller, 'sync.exportNow', {}));
  const results = [];
  for (const f of exported.files) {
    const bytes = await downloadBundleBytes(from.register, from.users.petugas.caller, f.fileName);
    results.push(await importBytes(to, to.users.petugas.caller, f.fileName, bytes));
  }
  return { exported, results };
}

describe('sync contract methods', () => {
  it('shows pending changes, exports into outbox/, imports an upload at Dinsos, and acknowledges back', async () => {
    const personId = await insertPerson(k1.register, { name: 'Siti Aminah' });
    const before = unwrap(await k1.register.call(k1.users.pengamat.caller, 'sync.status', {}));
    expect(before.peers).toHaveLength(1);
    expect(before.peers[0]?.pending).toBeGreaterThan(0);
    expect(before.fingerprint).toMatch(/^\d{5}( \d{5}){5}$/);

    const { exported, results } = await exchange(k1, dinsos);
    expect(exported.files).toHaveLength(1);
    const file = exported.files[0];
    expect(file?.records).toBeGreaterThan(0);
    expect(existsSync(join(k1.dataDir, 'outbox', file?.fileName ?? ''))).toBe(true);
    expect(results[0]).toMatchObject({ status: 'applied', senderOfficeId: officeIdOf(k1.register) });
    expect(existsSync(join(dinsos.dataDir, 'inbox', 'selesai', file?.fileName ?? ''))).toBe(true);

    const atDinsos = unwrap(await dinsos.register.call(dinsos.users.admin.caller, 'sync.status', {}));
    expect(atDinsos.bundlesIn[0]).toMatchObject({
      status: 'applied',
      senderName: 'Puskesos Kecamatan Jeruklegi',
    });
    expect(atDinsos.peers[0]?.lastReceivedAt).not.toBeNull();
    const name = dinsos.register.deps.sqlite
      .prepare('select name from persons where id = ?')
      .pluck()
      .get(personId);
    expect(name).toBe('Siti Aminah');

    // Uploading the same file again is a no-op; audit notes name the file, never the person.
    const again = await importBytes(
      dinsos,
      dinsos.users.petugas.caller,
      file?.fileName ?? '',
      await downloadBundleBytes(k1.register, k1.users.petugas.caller, file?.fileName ?? ''),
    );
    expect(again.status).toBe('already_applied');
    const notes = dinsos.register.deps.sqlite
      .prepare("select detail from audit_log where action = 'sync.importRun'")
      .pluck()
      .all() as string[];
    expect(notes.length).toBe(2);
    expect(notes.join(' ')).toContain(file?.fileName);
    expect(notes.join(' ')).not.toContain('Siti');

    // Dinsos's return bundle acknowledges; the office then shows it confirmed and nothing pending.
    await exchange(dinsos, k1);
    const after = unwrap(await k1.register.call(k1.users.admin.caller, 'sync.status', {}));
    expect(after.peers[0]).toMatchObject({ pending: 0, acknowledgedSequence: file?.sequence });
    expect(after.bundlesOut[0]?.acknowledged).toBe(true);
    // The next export only acknowledges Dinsos's bundle (no records); after it there is nothing to send.
    const ackOnly = unwrap(await k1.register.call(k1.users.petugas.caller, 'sync.exportNow', {}));
    expect(ackOnly.files.map((f) => f.records)).toEqual([0]);
    const nothing = unwrap(await k1.register.call(k1.users.petugas.caller, 'sync.exportNow', {}));
    expect(nothing.files).toEqual([]);
    expect(nothing.nothingFor).toHaveLength(1);
  });

  it('refuses a tampered upload with a clear reason and a pengamat may not import', async () => {
    await insertPerson(k1.register, { name: 'Budi Santoso' });
    const { files } = unwrap(await k1.register.call(k1.users.petugas.caller, 'sync.exportNow', {}));
    const f = files[0];
    if (!f) throw new Error('no bundle');
    const bytes = await downloadBundleBytes(k1.register, k1.users.petugas.caller, f.fileName);
    bytes[bytes.length - 10] = (bytes[bytes.length - 10] ?? 0) ^ 0xff;
    const refused = await importBytes(dinsos, dinsos.users.petugas.caller, f.fileName, bytes);
    expect(refused.status).toBe('refused');
    expect(refused.reason).toBeTruthy();
    errorOf(
      await dinsos.register.call(dinsos.users.pengamat.caller, 'operations.start', {
        name: 'sync.importRun',
        input: { files: [f.fileName] },
      }),
      'FORBIDDEN',
    );
  });

  it('lists a concurrent edit as a conflict side by side and takes the other value on request', async () => {
    const id = await insertPerson(k1.register, { name: 'Agus Prasetyo' });
    await exchange(k1, dinsos);
    await exchange(dinsos, k1);
    k1.clock.ms += 1000;
    dinsos.clock.ms += 2000;
    await rename(k1.register, id, 'Agus Prasetya');
    await rename(dinsos.register, id, 'Agoes Prasetyo');
    await exchange(k1, dinsos);
    const open = unwrap(await dinsos.register.call(dinsos.users.koordinator.caller, 'sync.conflicts', {}));
    const c = open.find((x) => x.rowId === id && x.column === 'name');
    if (!c) throw new Error('no conflict');
    expect(c.current).toMatchObject({ value: 'Agoes Prasetyo', officeName: DINSOS_SETUP.name });
    expect(c.other).toMatchObject({ value: 'Agus Prasetya', officeId: officeIdOf(k1.register) });
    expect(c.rowLabel).toBe('Agoes Prasetyo');
    errorOf(
      await dinsos.register.call(dinsos.users.petugas.caller, 'sync.resolveConflict', {
        id: c.id,
        choose: 'other',
      }),
      'FORBIDDEN',
    );
    const done = unwrap(
      await dinsos.register.call(dinsos.users.koordinator.caller, 'sync.resolveConflict', {
        id: c.id,
        choose: 'other',
      }),
    );
    expect(done.status).toBe('overridden');
    const name = dinsos.register.deps.sqlite.prepare('select name from persons where id = ?').pluck().get(id);
    expect(name).toBe('Agus Prasetya');
    errorOf(
      await dinsos.register.call(dinsos.users.koordinator.caller, 'sync.resolveConflict', {
        id: c.id,
        choose: 'keep',
      }),
      'CONFLICT',
    );
  });
});
