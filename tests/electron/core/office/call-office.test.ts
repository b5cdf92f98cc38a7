// The per-call office of the dispatch's context: read lazily and once, refused clearly before setup.
import { afterAll, describe, expect, it } from 'vitest';
import { callOffice, onHandle } from '../../../../electron/core/office/call-office.ts';
import { getOwnOffice } from '../../../../electron/core/office/office-repo.ts';
import { CoreError } from '../../../../electron/core/errors.ts';
import { openSetUpOffice, openTestRegister, removeTempDirs } from '../../../support/register.ts';

afterAll(() => removeTempDirs());

describe('callOffice', () => {
  it('gives the own office and its zone, reading the office once per call', async () => {
    const office = await openSetUpOffice();
    const db = office.register.deps.db;
    const call = callOffice(db);
    const first = await call.office();
    expect(first).toEqual(await getOwnOffice(db));
    expect(first.regionCode).toBe('33.01.08');
    expect(await call.office()).toBe(first);
    expect(await call.zone()).toBe('Asia/Jakarta');
    // A new call reads again: an office renamed between calls is seen by the next one.
    expect(await callOffice(db).office()).not.toBe(first);
    await office.dispose();
  });

  it('refuses with SETUP_REQUIRED before setup, and the zone falls back to WIB', async () => {
    const { register } = await openTestRegister();
    const call = callOffice(register.deps.db);
    const err = await call.office().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CoreError);
    expect((err as CoreError).code).toBe('SETUP_REQUIRED');
    expect(await call.zone()).toBe('Asia/Jakarta');
    await register.close();
  });

  it("on another handle reads there: inside a transaction it sees the transaction's write and does not wait for it", async () => {
    const office = await openSetUpOffice();
    const db = office.register.deps.db;
    const ctx = { db, ...callOffice(db) };
    const name = await db.transaction().execute(async (trx) => {
      await trx.updateTable('offices').set({ name: 'Kantor Baru' }).execute();
      return (await onHandle(ctx, trx).office()).name;
    });
    expect(name).toBe('Kantor Baru');
    await office.dispose();
  });
});
