// A file Dinsos attaches to an office's resident, case or referral reaches that office (row and bytes), no other.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfWithMarker } from '../../../support/attachment-files.ts';
import { as, caseIn, insertPerson } from '../../../support/cases.ts';
import { importBundle } from '../../../../electron/core/sync/import.ts';
import { forgeBundle, newRecord, stampAt } from '../../../support/sync-forge.ts';
import { errorOf, openSetUpOffice, tempDir, unwrap, type TestOffice } from '../../../support/register.ts';
import {
  DINSOS_SETUP,
  exportTo,
  importAll,
  KECAMATAN_2_SETUP,
  link,
  officeIdOf,
  written,
} from '../../../support/sync-network.ts';

let a: TestOffice; // the kecamatan whose records Dinsos annotates
let b: TestOffice; // another kecamatan: must receive none of it
let dinsos: TestOffice;
let dir: string;
let n = 0;

/** Exports from `from` a second later and applies every bundle at each of `to` (one recipient each). */
async function send(from: TestOffice, ...to: TestOffice[]): Promise<void> {
  from.clock.ms += 1_000;
  const out = join(dir, `out-${++n}`);
  mkdirSync(out);
  const bundles = await exportTo(from.register, out);
  for (const office of to) {
    const mine = written(bundles.filter((x) => x.recipientOfficeId === officeIdOf(office.register)));
    for (const o of await importAll(office.register, mine)) expect(o.status, o.reason ?? '').toBe('applied');
  }
}

const attachAt = async (o: TestOffice, type: 'person' | 'case' | 'referral', id: string, marker: string) =>
  unwrap(
    await o.register.call(await as(o, 'petugas'), 'attachments.add', {
      owner: { type, id },
      kind: 'surat_rujukan_balasan',
      note: marker,
      base64: pdfWithMarker(marker).toString('base64'),
    }),
  );

const listAt = async (o: TestOffice, type: 'person' | 'case' | 'referral', id: string) =>
  unwrap(
    await o.register.call(await as(o, 'petugas'), 'attachments.list', {
      owner: { type, id },
      includeRemoved: true,
    }),
  );

const attachmentRows = (o: TestOffice): number =>
  Number(o.register.deps.sqlite.prepare('select count(*) from attachments').pluck().get());

beforeAll(async () => {
  a = await openSetUpOffice();
  b = await openSetUpOffice({ setup: KECAMATAN_2_SETUP });
  dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
  link(dinsos.register, [a.register, b.register]);
  dir = tempDir();
}, 60_000);
afterAll(async () => {
  await a.register.close();
  await b.register.close();
  await dinsos.dispose();
});

describe('files Dinsos attaches to an office’s records', () => {
  it('reach that office with their bytes, through a referral Dinsos itself added; the other office gets nothing', async () => {
    const personId = await insertPerson(a.register, { name: 'Warga Lampiran Dinsos' });
    const c = await caseIn(a, 'DITETAPKAN', personId);
    await send(a, dinsos);
    await send(b, dinsos);

    // Dinsos refers the office's case itself, then files the program's answer on that referral.
    const referral = unwrap(
      await dinsos.register.call(await as(dinsos, 'petugas'), 'referrals.create', {
        caseId: c.id,
        destination: 'PKH',
        reason: 'Dirujuk oleh Dinsos (uji).',
      }),
    ).referrals.at(-1);
    if (!referral) throw new Error('no referral at Dinsos');
    const onPerson = await attachAt(dinsos, 'person', personId, 'DINSOS-KE-WARGA');
    const onCase = await attachAt(dinsos, 'case', c.id, 'DINSOS-KE-KASUS');
    const onReferral = await attachAt(dinsos, 'referral', referral.id, 'DINSOS-KE-RUJUKAN');
    await send(dinsos, a, b);

    for (const [type, id, added] of [
      ['person', personId, onPerson],
      ['case', c.id, onCase],
      ['referral', referral.id, onReferral],
    ] as const) {
      const list = await listAt(a, type, id);
      expect(list.map((x) => [x.id, x.note, x.file])).toEqual([[added.id, added.note, 'here']]);
      const file = unwrap(await a.register.call(await as(a, 'petugas'), 'attachments.get', { id: added.id }));
      expect(Buffer.from(file.base64, 'base64').equals(pdfWithMarker(added.note))).toBe(true);
    }
    expect(attachmentRows(b)).toBe(0);
  });

  it('the office may not remove a file Dinsos attached; Dinsos’s removal reaches the office', async () => {
    const personId = await insertPerson(a.register, { name: 'Warga Lampiran Dihapus' });
    await send(a, dinsos);
    const added = await attachAt(dinsos, 'person', personId, 'DINSOS-DIHAPUS');
    await send(dinsos, a, b);

    const refused = errorOf(
      await a.register.call(await as(a, 'petugas'), 'attachments.remove', {
        id: added.id,
        reason: 'Salah unggah (uji).',
      }),
      'FORBIDDEN',
    );
    expect(refused.message).toMatch(/ditambahkan oleh .*hanya kantor itu yang dapat menghapusnya/);
    expect((await listAt(a, 'person', personId)).map((x) => x.removedReason)).toEqual([null]);

    unwrap(
      await dinsos.register.call(await as(dinsos, 'petugas'), 'attachments.remove', {
        id: added.id,
        reason: 'Salah unggah (uji).',
      }),
    );
    await send(dinsos, a, b);
    expect((await listAt(a, 'person', personId)).map((x) => x.removedReason)).toEqual([
      'Salah unggah (uji).',
    ]);
    expect(attachmentRows(b)).toBe(0);
  });

  it('an office may not file a record on another office’s resident: refused at Dinsos, so it cannot reach them', async () => {
    const personId = await insertPerson(a.register, { name: 'Warga Sasaran Penyusup' });
    await send(a, dinsos);
    const forged = newRecord(
      'attachments',
      '0190ffff-0000-7000-8000-00000000a771',
      officeIdOf(b.register),
      stampAt(b, 1),
      {
        owner_type: 'person',
        owner_id: personId,
        kind: 'lainnya',
        note: 'Disisipkan kantor lain',
        legal_basis: 'pelayanan_publik',
        content_hash: 'a'.repeat(64),
        mime: 'application/pdf',
        size: 10,
        original_size: 10,
        added_by: 'penyusup',
        added_at: '2026-03-02T02:00:00.000Z',
      },
    );
    const quarantined = (): string[] =>
      dinsos.register.deps.sqlite.prepare('select reason from sync_quarantine').pluck().all() as string[];
    const before = quarantined().length;
    expect(
      (await importBundle(dinsos.register.deps, await forgeBundle(b, dinsos, [forged], dir))).status,
    ).toBe('applied');
    const added = quarantined().slice(before);
    expect(added).toHaveLength(1);
    expect(added[0]).toContain('[induk-milik-sendiri]');
    expect(await listAt(dinsos, 'person', personId)).toEqual([]);
  });
});
