// Attachment totals for Pengaturan: per kind of record and per record (largest first), removed files left out, names audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, openSetUpOffice, unwrap, type TestOffice } from '../../../support/register.ts';
import { asRole, seedRegisterSamples, type RegisterSampleIds } from '../../../support/persons.ts';
import { pdfWithMarker } from '../../../support/attachment-files.ts';
import { caseIn } from '../../../support/cases.ts';
import type { AttachmentOwnerType } from '../../../../shared/reference/attachment-kinds.ts';

let office: TestOffice;
let ids: RegisterSampleIds;
let caseId: string;
let caseNumber: string;

beforeAll(async () => {
  office = await openSetUpOffice();
  ids = await seedRegisterSamples(office);
  const c = await caseIn(office, 'DITERIMA', ids.personId, { description: 'Butuh bantuan.' });
  caseId = c.id;
  caseNumber = String(
    office.register.deps.sqlite.prepare('select case_number from cases where id = ?').pluck().get(caseId),
  );
}, 60_000);
afterAll(() => office.dispose());

async function attach(
  type: AttachmentOwnerType,
  id: string,
  marker: string,
): Promise<{ id: string; size: number }> {
  const petugas = await asRole(office, 'petugas');
  return unwrap(
    await office.register.call(petugas, 'attachments.add', {
      owner: { type, id },
      kind: 'surat_keterangan',
      base64: pdfWithMarker(marker).toString('base64'),
    }),
  );
}

describe('attachments.totals', () => {
  it('sums live files per kind of record and per record, the largest first, each named and linked', async () => {
    const p1 = await attach('person', ids.personId, 'SURAT SATU');
    const p2 = await attach('person', ids.personId, 'SURAT DUA YANG LEBIH PANJANG ISINYA');
    const h = await attach('household', ids.householdId, 'KARTU KELUARGA');
    const c = await attach('case', caseId, 'SURAT KASUS DENGAN ISI YANG JAUH LEBIH PANJANG LAGI SEKALI');
    const gone = await attach('case', caseId, 'SALAH UNGGAH');
    const petugas = await asRole(office, 'petugas');
    unwrap(
      await office.register.call(petugas, 'attachments.remove', { id: gone.id, reason: 'Salah unggah' }),
    );

    const admin = office.users.admin.caller;
    const v = unwrap(await office.register.call(admin, 'attachments.totals', {}));
    expect(v.count).toBe(4);
    expect(v.bytes).toBe(p1.size + p2.size + h.size + c.size);
    expect(v.byOwnerType).toEqual([
      { ownerType: 'case', count: 1, bytes: c.size },
      { ownerType: 'household', count: 1, bytes: h.size },
      { ownerType: 'person', count: 2, bytes: p1.size + p2.size },
    ]);
    expect(v.recordCount).toBe(3);
    const byKey = Object.fromEntries(v.records.map((r) => [r.ownerType, r]));
    expect(byKey.person).toMatchObject({ count: 2, link: { type: 'person', id: ids.personId } });
    expect(byKey.case).toMatchObject({ label: `Kasus ${caseNumber}`, link: { type: 'case', id: caseId } });
    expect(byKey.household?.link?.type).toBe('person');
    const sizes = v.records.map((r) => r.bytes);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('is for the admin and the koordinator only, and its view of names is audited', async () => {
    errorOf(
      await office.register.call(await asRole(office, 'petugas'), 'attachments.totals', {}),
      'FORBIDDEN',
    );
    unwrap(await office.register.call(await asRole(office, 'koordinator'), 'attachments.totals', {}));
    const logged = office.register.deps.sqlite
      .prepare("select count(*) from audit_log where action = 'attachments.totals'")
      .pluck()
      .get();
    expect(Number(logged)).toBeGreaterThan(0);
  });
});
