// A proposal's evidence travels to Dinsos with the proposal (row and file), Dinsos cannot add to it, erasure follows.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeFiles } from '../../../../electron/core/attachments/store-mirror.ts';
import { openAttachmentSyncPair, type AttachmentSyncPair } from '../../../support/attachment-sync.ts';
import { pdfWithMarker } from '../../../support/attachment-files.ts';
import { as } from '../../../support/cases.ts';
import { errorOf, unwrap } from '../../../support/register.ts';
import { householdWithMember, proposal } from '../../../support/usulan.ts';

let net: AttachmentSyncPair;

beforeAll(async () => {
  net = await openAttachmentSyncPair({ bundleBudgetMb: 20, metadataOnlyKinds: [] });
}, 60_000);
afterAll(() => net.close());

describe('a proposal’s evidence through sync', () => {
  it('reaches Dinsos with the proposal, readable there; Dinsos may not attach to it; erasure removes it there too', async () => {
    const { kec, dinsos } = net;
    const h = await householdWithMember(kec, 81);
    const u = await proposal(kec, h.householdId, { personIds: [h.personId] });
    const pdf = pdfWithMarker('BUKTI-USULAN-KE-DINSOS');
    const added = unwrap(
      await kec.register.call(await as(kec, 'petugas'), 'attachments.add', {
        owner: { type: 'usulan', id: u.id },
        kind: 'foto_rumah',
        note: 'Foto rumah tampak depan',
        base64: pdf.toString('base64'),
      }),
    );
    await net.send(kec, dinsos);

    const petugasDinsos = await as(dinsos, 'petugas');
    const list = unwrap(
      await dinsos.register.call(petugasDinsos, 'attachments.list', { owner: { type: 'usulan', id: u.id } }),
    );
    expect(list.map((a) => [a.id, a.kind, a.note, a.file])).toEqual([
      [added.id, 'foto_rumah', 'Foto rumah tampak depan', 'here'],
    ]);
    const file = unwrap(await dinsos.register.call(petugasDinsos, 'attachments.get', { id: added.id }));
    expect(Buffer.from(file.base64, 'base64').equals(pdf)).toBe(true);

    const refused = errorOf(
      await dinsos.register.call(petugasDinsos, 'attachments.add', {
        owner: { type: 'usulan', id: u.id },
        kind: 'kk',
        base64: pdf.toString('base64'),
      }),
      'FORBIDDEN',
    );
    expect(refused.message).toMatch(/kantor yang membuat usulan ini/);

    const dinsosStore = join(dinsos.dataDir, 'lampiran');
    expect(storeFiles(dinsosStore)).toHaveLength(1);
    unwrap(
      await kec.register.call(kec.users.admin.caller, 'persons.erase', {
        id: h.personId,
        reason: 'permintaan',
        confirm: true,
      }),
    );
    await net.send(kec, dinsos);
    expect(storeFiles(dinsosStore)).toEqual([]);
    const after = unwrap(
      await dinsos.register.call(petugasDinsos, 'attachments.list', {
        owner: { type: 'usulan', id: u.id },
        includeRemoved: true,
      }),
    );
    expect(after.map((a) => [a.note, a.removedReason])).toEqual([
      ['', 'Data pribadi warga dihapus (UU 27/2022)'],
    ]);
  });
});
