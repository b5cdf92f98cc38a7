// A DTSEN proposal's evidence as attachments: added and listed by the proposing office, refused elsewhere, counted, erased.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentErasure, ERASED_REASON } from '../../../../electron/core/attachments/erasure.ts';
import { storeFiles } from '../../../../electron/core/attachments/store-mirror.ts';
import type { Role } from '../../../../shared/api/roles.ts';
import { pdfWithMarker } from '../../../support/attachment-files.ts';
import { as } from '../../../support/cases.ts';
import { errorOf, openSetUpOffice, unwrap, type TestOffice } from '../../../support/register.ts';
import { householdWithMember, proposal } from '../../../support/usulan.ts';
import { join } from 'node:path';

let office: TestOffice;

beforeAll(async () => {
  office = await openSetUpOffice();
}, 60_000);
afterAll(() => office.dispose());

async function attach(role: Role, usulanId: string, marker: string) {
  return office.register.call(await as(office, role), 'attachments.add', {
    owner: { type: 'usulan', id: usulanId },
    kind: 'kk',
    note: `KK ${marker}`,
    base64: pdfWithMarker(marker).toString('base64'),
  });
}

describe('attachments on a DTSEN proposal', () => {
  it('the writers of the register attach and list; admin and pengamat may not; a missing proposal is refused', async () => {
    const h = await householdWithMember(office, 71, { name: 'Sutrisno Usulan' });
    const u = await proposal(office, h.householdId, { personIds: [h.personId] });
    for (const role of ['petugas', 'koordinator', 'tksk'] as const) {
      expect(unwrap(await attach(role, u.id, `bukti-${role}`))).toMatchObject({
        ownerType: 'usulan',
        ownerId: u.id,
        kind: 'kk',
        addedBy: expect.any(String),
      });
    }
    for (const role of ['admin', 'pengamat'] as const) {
      errorOf(await attach(role, u.id, `ditolak-${role}`), 'FORBIDDEN');
    }
    const missing = errorOf(
      await attach('petugas', '01900000-0000-7000-8000-000000000000', 'x'),
      'NOT_FOUND',
    );
    expect(missing.message).toBe('Usulan DTSEN tidak ditemukan.');
    const list = unwrap(
      await office.register.call(await as(office, 'pengamat'), 'attachments.list', {
        owner: { type: 'usulan', id: u.id },
      }),
    );
    expect(list.map((a) => a.note).sort()).toEqual([
      'KK bukti-koordinator',
      'KK bukti-petugas',
      'KK bukti-tksk',
    ]);
    expect(list.every((a) => a.file === 'here')).toBe(true);

    const totals = unwrap(await office.register.call(office.users.admin.caller, 'attachments.totals', {}));
    expect(totals.byOwnerType).toContainEqual({ ownerType: 'usulan', count: 3, bytes: expect.any(Number) });
    expect(totals.records.find((r) => r.ownerId === u.id)).toMatchObject({
      label: 'Usulan Usul baru — Sutrisno Usulan',
      link: { type: 'usulan', id: u.id },
      count: 3,
    });
  });

  it('a live file of the matching kind ticks the evidence checklist; a removed one no longer does', async () => {
    const h = await householdWithMember(office, 74);
    const u = await proposal(office, h.householdId, { evidence: ['ktp_el'] });
    const petugas = await as(office, 'petugas');
    const get = async () => unwrap(await office.register.call(petugas, 'usulan.get', { id: u.id }));
    expect(await get()).toMatchObject({ evidenceAttached: [], missingEvidence: ['kk', 'foto_rumah'] });
    const photo = unwrap(
      await office.register.call(petugas, 'attachments.add', {
        owner: { type: 'usulan', id: u.id },
        kind: 'foto_rumah',
        base64: pdfWithMarker('foto-rumah-74').toString('base64'),
      }),
    );
    unwrap(await attach('petugas', u.id, 'kk-74'));
    expect(await get()).toMatchObject({
      evidence: ['ktp_el'],
      evidenceAttached: ['kk', 'foto_rumah'],
      missingEvidence: [],
    });
    unwrap(await office.register.call(petugas, 'attachments.remove', { id: photo.id, reason: 'Foto buram' }));
    expect(await get()).toMatchObject({ evidenceAttached: ['kk'], missingEvidence: ['foto_rumah'] });
  });

  it("the resident's data export lists their proposal's evidence", async () => {
    const h = await householdWithMember(office, 72);
    const u = await proposal(office, h.householdId, { personIds: [h.personId] });
    unwrap(await attach('petugas', u.id, 'ekspor-pdp'));
    const file = unwrap(
      await office.register.call(office.users.admin.caller, 'documents.personData', {
        personId: h.personId,
        format: 'json',
      }),
    );
    const data = JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8')) as {
      attachments: { belongsTo: string; note: string }[];
    };
    expect(
      data.attachments.map((a) => [a.belongsTo.replace(/\(\d{4}-\d\d-\d\d\)$/, '(tanggal)'), a.note]),
    ).toEqual([['Usulan DTSEN Usul baru (tanggal)', 'KK ekspor-pdp']]);
  });

  it("erasing the resident a proposal names removes its evidence's bytes and tombstones the rows", async () => {
    const h = await householdWithMember(office, 73);
    const u = await proposal(office, h.householdId, { personIds: [h.personId] });
    const before = storeFiles(join(office.dataDir, 'lampiran')).length;
    const a = unwrap(await attach('petugas', u.id, 'PENANDA-USULAN-DIHAPUS-7f3a'));
    expect(storeFiles(join(office.dataDir, 'lampiran'))).toHaveLength(before + 1);
    unwrap(
      await office.register.call(office.users.admin.caller, 'persons.erase', {
        id: h.personId,
        reason: 'permintaan',
        confirm: true,
      }),
    );
    expect(storeFiles(join(office.dataDir, 'lampiran'))).toHaveLength(before);
    const row = office.register.deps.sqlite
      .prepare('select note, removed_reason, removed_at from attachments where id = ?')
      .get(a.id) as { note: string; removed_reason: string; removed_at: string | null };
    expect(row).toMatchObject({ note: '', removed_reason: ERASED_REASON });
    expect(row.removed_at).not.toBeNull();
    errorOf(
      await office.register.call(await as(office, 'petugas'), 'attachments.get', { id: a.id }),
      'NOT_FOUND',
    );
    // A row of this proposal arriving later (from another holder) gets the same erasure time; another's does not.
    const lens = attachmentErasure(office.register.deps.sqlite);
    expect(lens('usulan', u.id)).toBe(row.removed_at);
    const other = await householdWithMember(office, 75);
    expect(lens('usulan', (await proposal(office, other.householdId)).id)).toBeNull();
  });
});
