// Migration 26: a register with attachments at version 25 keeps every row, column and index; 'usulan' owners are then accepted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../../../electron/core/db/migrations/index.ts';
import type { Sqlite } from '../../../../../electron/core/db/cipher.ts';
import { pdfWithMarker, smallPng } from '../../../../support/attachment-files.ts';
import {
  freshSession,
  openSetUpOffice,
  openTestRegister,
  unwrap,
  type TestOffice,
} from '../../../../support/register.ts';
import { householdWithMember, proposal } from '../../../../support/usulan.ts';

let office: TestOffice;
let usulanId: string;
let personId: string;

beforeAll(async () => {
  office = await openSetUpOffice({ migrations: MIGRATIONS.slice(0, 25) });
  const h = await householdWithMember(office, 61);
  personId = h.personId;
  // Today's code writes the proposal's household condition (027): the column exists only while it writes.
  office.register.deps.sqlite.exec('alter table usulan add column household_condition text');
  usulanId = (await proposal(office, h.householdId)).id;
  office.register.deps.sqlite.exec('alter table usulan drop column household_condition');
}, 60_000);
afterAll(() => office.dispose());

const catalog = (s: Sqlite, type: string): { name: string; sql: string }[] =>
  s
    .prepare(`select name, sql from sqlite_master where tbl_name = 'attachments' and type = ? order by name`)
    .all(type) as { name: string; sql: string }[];

describe('migration 26: attachments may belong to a DTSEN proposal', () => {
  it('keeps every row and column of version 25, and then accepts an usulan owner', async () => {
    const petugas = await freshSession(office, office.users.petugas.id);
    const add = async (type: 'person' | 'household', id: string, base64: string) =>
      unwrap(
        await office.register.call(petugas, 'attachments.add', { owner: { type, id }, kind: 'kk', base64 }),
      );
    await add('person', personId, (await smallPng()).toString('base64'));
    const pdf = await add(
      'household',
      office.register.deps.sqlite
        .prepare('select household_id from persons where id = ?')
        .pluck()
        .get(personId) as string,
      pdfWithMarker('uji-026').toString('base64'),
    );
    unwrap(
      await office.register.call(petugas, 'attachments.remove', { id: pdf.id, reason: 'Salah pindai (uji)' }),
    );

    const old = office.register.deps.sqlite;
    expect(Number(old.pragma('user_version', { simple: true }))).toBe(25);
    expect(() =>
      old
        .prepare(
          `insert into attachments (id, origin_office_id, owner_type, owner_id, kind, legal_basis, content_hash,
          mime, size, original_size, added_by, added_at) select 'x', origin_office_id, 'usulan', ?, kind, legal_basis,
          content_hash, mime, size, original_size, added_by, added_at from attachments limit 1`,
        )
        .run(usulanId),
    ).toThrow(/CHECK constraint failed/);
    const rows = old.prepare('select * from attachments order by id').all();
    const columns = old.prepare('pragma table_info(attachments)').all();
    const indexes = catalog(old, 'index');
    expect(rows).toHaveLength(2);
    expect(indexes.map((i) => i.name)).toEqual([
      'attachments_hash',
      'attachments_hlc',
      'attachments_local_seq',
      'attachments_origin',
      'attachments_owner',
      'sqlite_autoindex_attachments_1',
    ]);
    await office.register.close();

    const reopened = await openTestRegister({
      dataDir: office.dataDir,
      mode: 'existing',
      clock: office.clock,
    });
    office = { ...office, register: reopened.register };
    expect(reopened.register.migration).toMatchObject({ from: 25, to: LATEST_SCHEMA_VERSION });
    const s = reopened.register.deps.sqlite;
    expect(s.prepare('select * from attachments order by id').all()).toEqual(rows);
    expect(s.prepare('pragma table_info(attachments)').all()).toEqual(columns);
    expect(catalog(s, 'index')).toEqual(indexes);
    const [table] = catalog(s, 'table');
    expect(table?.sql).toMatch(/'referral', 'usulan'\)/);
    expect(table?.sql).toMatch(/\)\s*strict$/);
    expect(s.prepare("select count(*) from sqlite_master where name = 'attachments_026'").pluck().get()).toBe(
      0,
    );
    expect(s.pragma('integrity_check', { simple: true })).toBe('ok');

    const again = await freshSession(office, office.users.petugas.id);
    const added = unwrap(
      await office.register.call(again, 'attachments.add', {
        owner: { type: 'usulan', id: usulanId },
        kind: 'foto_rumah',
        base64: (await smallPng()).toString('base64'),
      }),
    );
    expect(added).toMatchObject({ ownerType: 'usulan', ownerId: usulanId, kind: 'foto_rumah' });
    const list = unwrap(
      await office.register.call(again, 'attachments.list', { owner: { type: 'usulan', id: usulanId } }),
    );
    expect(list.map((a) => a.id)).toEqual([added.id]);
  });
});
