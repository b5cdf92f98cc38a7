// Reference lists: seeded from shared/reference (lazily and at open), versioned re-seed that keeps admin edits, admin-only edit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_META_KEY, seedReference } from '../../../../electron/core/reference/seed.ts';
import { PPKS, REFERENCE_LISTS, REFERENCE_VERSION } from '../../../../shared/reference/index.ts';
import {
  errorOf,
  openSetUpOffice,
  openTestRegister,
  unwrap,
  type TestOffice,
} from '../../../support/register.ts';
import { asRole } from '../../../support/persons.ts';

let office: TestOffice;

beforeAll(async () => {
  office = await openSetUpOffice();
});
afterAll(() => office.dispose());

const sqlite = () => office.register.deps.sqlite;
const storedVersion = (): unknown =>
  sqlite().prepare('select value from meta where key = ?').pluck().get(REFERENCE_META_KEY);
const item = (list: string, code: string) =>
  sqlite()
    .prepare('select label, active, edited, sort from reference_items where list = ? and code = ?')
    .get(list, code);

describe('reference seeding', () => {
  it('a freshly set-up office seeds on the first reference.list, with every shipped list', async () => {
    expect(sqlite().prepare('select count(*) from reference_items').pluck().get()).toBe(0);
    const ppks = unwrap(
      await office.register.call(await asRole(office, 'pengamat'), 'reference.list', { list: 'ppks' }),
    );
    expect(ppks.map((e) => e.code)).toEqual(PPKS.items.map((i) => i.code));
    expect(ppks[0]).toEqual({
      list: 'ppks',
      code: 'PPKS-01',
      label: 'Anak Balita Terlantar',
      active: true,
      sort: 0,
      data: { minAge: 0, maxAge: 5, requiresDisabilityType: false },
    });
    expect(storedVersion()).toBe(String(REFERENCE_VERSION));
    const all = unwrap(await office.register.call(await asRole(office, 'petugas'), 'reference.list', {}));
    expect(all.length).toBe(REFERENCE_LISTS.reduce((n, l) => n + l.items.length, 0));
    expect(new Set(all.map((e) => e.list))).toEqual(new Set(REFERENCE_LISTS.map((l) => l.id)));
  });

  it('seeding again at the same version changes nothing', async () => {
    const before = sqlite().prepare('select * from reference_items order by list, code').all();
    expect(await seedReference(office.register.deps.db, office.clock.ms + 1000)).toBe(false);
    expect(sqlite().prepare('select * from reference_items order by list, code').all()).toEqual(before);
  });
});

describe('reference.update', () => {
  it('an admin relabels or deactivates an item, which is then marked edited', async () => {
    const admin = await asRole(office, 'admin');
    const e = unwrap(
      await office.register.call(admin, 'reference.update', {
        list: 'ppks',
        code: 'PPKS-13',
        label: 'Pemulung (lokal)',
      }),
    );
    expect(e).toMatchObject({ code: 'PPKS-13', label: 'Pemulung (lokal)', active: true });
    unwrap(
      await office.register.call(admin, 'reference.update', { list: 'ppks', code: 'PPKS-14', active: false }),
    );
    expect(item('ppks', 'PPKS-13')).toMatchObject({ label: 'Pemulung (lokal)', edited: 1 });
    expect(item('ppks', 'PPKS-14')).toMatchObject({ active: 0, edited: 1 });
    expect(
      sqlite()
        .prepare('select entity_type, entity_id, outcome from audit_log order by id desc limit 1')
        .get(),
    ).toEqual({ entity_type: 'reference', entity_id: 'ppks:PPKS-14', outcome: 'ok' });
    errorOf(
      await office.register.call(admin, 'reference.update', { list: 'ppks', code: 'PPKS-99', label: 'X' }),
      'NOT_FOUND',
    );
  });

  it('is refused to petugas and pengamat (FORBIDDEN, audited as ditolak, nothing changed)', async () => {
    for (const role of ['petugas', 'pengamat', 'koordinator', 'tksk'] as const) {
      const r = await office.register.call(await asRole(office, role), 'reference.update', {
        list: 'ppks',
        code: 'PPKS-12',
        label: 'Diubah',
      });
      errorOf(r, 'FORBIDDEN');
      expect(sqlite().prepare('select outcome from audit_log order by id desc limit 1').pluck().get()).toBe(
        'ditolak',
      );
    }
    expect(item('ppks', 'PPKS-12')).toMatchObject({ label: 'Pengemis', edited: 0 });
  });
});

describe('re-seeding a newer version', () => {
  it('restores unedited labels, re-adds missing items, retires unknown ones, and keeps admin edits', async () => {
    const s = sqlite();
    s.prepare(
      `update reference_items set label = 'Label lama', sort = 99 where list = 'ppks' and code = 'PPKS-10'`,
    ).run();
    s.prepare(`delete from reference_items where list = 'ppks' and code = 'PPKS-11'`).run();
    s.prepare(
      `insert into reference_items (list, code, label, data, active, sort, edited, updated_at)
       values ('ppks', 'PPKS-LAMA', 'Kategori lama', '{}', 1, 30, 0, 'x')`,
    ).run();
    // The database was seeded by an older app version.
    s.prepare('update meta set value = ? where key = ?').run(
      String(REFERENCE_VERSION - 1),
      REFERENCE_META_KEY,
    );

    expect(await seedReference(office.register.deps.db, office.clock.ms)).toBe(true);
    expect(item('ppks', 'PPKS-10')).toMatchObject({ label: 'Tuna Susila', sort: 9, edited: 0 });
    expect(item('ppks', 'PPKS-11')).toMatchObject({ label: 'Gelandangan', active: 1 });
    expect(item('ppks', 'PPKS-LAMA')).toMatchObject({ label: 'Kategori lama', active: 0 });
    expect(item('ppks', 'PPKS-13')).toMatchObject({ label: 'Pemulung (lokal)', edited: 1 });
    expect(item('ppks', 'PPKS-14')).toMatchObject({ active: 0, edited: 1 });
    expect(storedVersion()).toBe(String(REFERENCE_VERSION));
  });

  it('runs when a set-up register is opened', async () => {
    sqlite().prepare('update meta set value = ? where key = ?').run('0', REFERENCE_META_KEY);
    sqlite()
      .prepare(`update reference_items set label = 'Label lama' where list = 'ppks' and code = 'PPKS-10'`)
      .run();
    await office.register.close();
    const reopened = await openTestRegister({
      dataDir: office.dataDir,
      mode: 'existing',
      clock: office.clock,
    });
    try {
      const s = reopened.register.deps.sqlite;
      expect(s.prepare('select value from meta where key = ?').pluck().get(REFERENCE_META_KEY)).toBe(
        String(REFERENCE_VERSION),
      );
      expect(
        s.prepare(`select label from reference_items where list = 'ppks' and code = 'PPKS-10'`).pluck().get(),
      ).toBe('Tuna Susila');
    } finally {
      await reopened.register.close();
    }
  });

  it('does not seed a register that is not set up yet (nothing is written before setup)', async () => {
    const fresh = await openTestRegister();
    try {
      const s = fresh.register.deps.sqlite;
      expect(s.prepare('select count(*) from reference_items').pluck().get()).toBe(0);
      expect(s.prepare('select count(*) from meta').pluck().get()).toBe(0);
    } finally {
      await fresh.register.close();
    }
  });
});
