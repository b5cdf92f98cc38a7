// Retention: nothing is due without a rule, the due list names the right residents, nothing is erased until the
// admin approves, an approval with a resident no longer due erases nothing, and old backups show their expiry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalBackup } from '../../../../electron/core/backup/store.ts';
import { latestExpiry } from '../../../../electron/core/erasure/overview.ts';
import { yearsBefore } from '../../../../electron/core/erasure/retention.ts';
import { caseIn } from '../../../support/cases.ts';
import { asRole, newPerson } from '../../../support/persons.ts';
import { errorOf, openSetUpOffice, T0, unwrap, type TestOffice } from '../../../support/register.ts';

let office: TestOffice;
const ids: Record<'closedLongAgo' | 'openCase' | 'idle' | 'recent', string> = {
  closedLongAgo: '',
  openCase: '',
  idle: '',
  recent: '',
};
const YEAR = 365.25 * 86_400_000;
const erasedCount = (): unknown =>
  office.register.deps.sqlite.prepare('select count(*) from erasures').pluck().get();

beforeAll(async () => {
  office = await openSetUpOffice();
  office.clock.ms = T0 - 7 * YEAR;
  const add = async (name: string): Promise<string> =>
    unwrap(await office.register.call(await asRole(office, 'petugas'), 'persons.create', newPerson({ name })))
      .id;
  ids.closedLongAgo = await add('Warga Kasus Lama Selesai');
  await caseIn(office, 'SELESAI_DI_FO', ids.closedLongAgo);
  ids.openCase = await add('Warga Kasus Masih Terbuka');
  await caseIn(office, 'VERIFIKASI', ids.openCase);
  ids.idle = await add('Warga Tanpa Kegiatan');
  office.clock.ms = T0 - 86_400_000;
  ids.recent = await add('Warga Baru Terdaftar');
  office.clock.ms = T0;
  await createLocalBackup(office.register.deps, 'manual');
  office.clock.ms = T0 + 3_600_000;
}, 60_000);
afterAll(async () => {
  await office.dispose();
});

const admin = (): ReturnType<typeof asRole> => asRole(office, 'admin');

describe('retention', () => {
  it('is off until an admin sets a rule: nobody is due', async () => {
    const due = unwrap(await office.register.call(await admin(), 'retention.due', {}));
    expect(due.residents).toEqual([]);
    expect(due.month).toBe('2026-03');
  });

  it('lists the residents due under each rule, and erases nobody by itself', async () => {
    unwrap(
      await office.register.call(await admin(), 'retention.updateSettings', {
        closedCaseYears: 5,
        inactiveYears: 3,
      }),
    );
    const due = unwrap(await office.register.call(await admin(), 'retention.due', {}));
    expect(due.residents.map((r) => [r.personId, r.rule])).toEqual([
      [ids.closedLongAgo, 'kasus-selesai'],
      [ids.idle, 'tidak-aktif'],
    ]);
    expect(due.approvedThisMonth).toBe(false);
    expect(erasedCount()).toBe(0);
  });

  it('refuses an approval naming a resident who is not due, erasing nothing', async () => {
    const r = await office.register.call(await admin(), 'retention.approve', {
      personIds: [ids.closedLongAgo, ids.openCase],
      confirm: true,
    });
    expect(errorOf(r, 'VALIDATION').message).toContain('tidak lagi jatuh tempo');
    expect(erasedCount()).toBe(0);
    const petugas = await asRole(office, 'petugas');
    expect(
      errorOf(
        await office.register.call(petugas, 'retention.approve', { personIds: [ids.idle], confirm: true }),
        'FORBIDDEN',
      ),
    ).toBeTruthy();
  });

  it('erases exactly the approved residents in one step, audited without their data', async () => {
    const done = unwrap(
      await office.register.call(await admin(), 'retention.approve', {
        personIds: [ids.closedLongAgo, ids.idle],
        confirm: true,
      }),
    );
    expect(done.erased).toBe(2);
    const names = office.register.deps.sqlite.prepare('select id, name from persons order by name').all();
    expect(names).toEqual(
      expect.arrayContaining([
        { id: ids.closedLongAgo, name: '' },
        { id: ids.idle, name: '' },
        { id: ids.openCase, name: 'Warga Kasus Masih Terbuka' },
        { id: ids.recent, name: 'Warga Baru Terdaftar' },
      ]),
    );
    const due = unwrap(await office.register.call(await admin(), 'retention.due', {}));
    expect(due.residents).toEqual([]);
    expect(due.approvedThisMonth).toBe(true);
    const audit = office.register.deps.sqlite
      .prepare(`select detail from audit_log where action = 'retention.approve' and outcome = 'ok'`)
      .pluck()
      .all();
    expect(audit).toEqual(['2 warga dihapus data pribadinya (retensi, disetujui admin)']);
    const person = unwrap(await office.register.call(await admin(), 'persons.get', { id: ids.idle }));
    expect(person.erased).toBe(true);
  });

  it('lists the backup taken before the erasures with the day rotation removes it at the latest', async () => {
    const o = unwrap(await office.register.call(await admin(), 'erasure.overview', {}));
    expect(o.erasures).toHaveLength(2);
    expect(o.oldBackups).toHaveLength(1);
    expect(o.oldBackups[0]).toMatchObject({ erasuresAfter: 2, expiresBy: '2026-09-01' });
  });

  it('computes cutoffs and expiries', () => {
    expect(yearsBefore('2026-03-02', 5)).toBe('2021-03-02');
    expect(yearsBefore('2028-02-29', 1)).toBe('2027-02-28');
    expect(latestExpiry('harian', '2026-08-31')).toBe('2027-02-01');
    expect(latestExpiry('pra-impor', '2026-08-31')).toBeNull();
  });
});
