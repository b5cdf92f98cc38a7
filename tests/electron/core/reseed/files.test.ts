// A re-seed carries the attachment files Dinsos holds for the lost office (bytes read back equal), and names the ones it only has rows of.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeFiles } from '../../../../electron/core/attachments/store-mirror.ts';
import { storeRoot } from '../../../../electron/core/attachments/store-key.ts';
import { planAttachments } from '../../../../electron/core/attachments/sync-out.ts';
import { exportReseed } from '../../../../electron/core/reseed/export.ts';
import { importReseed } from '../../../../electron/core/reseed/import.ts';
import { readBundleHeader } from '../../../../electron/core/sync/bundle/reader.ts';
import { pdfOfSize, smallPng } from '../../../support/attachment-files.ts';
import { insertPerson } from '../../../support/cases.ts';
import { openAttachmentSyncPair, type AttachmentSyncPair } from '../../../support/attachment-sync.ts';
import { errorOf, openSetUpOffice, SETUP_INPUT, unwrap, type TestOffice } from '../../../support/register.ts';
import { officeIdOf, pinDinsos, trust } from '../../../support/sync-network.ts';

let pair: AttachmentSyncPair;
let kec: TestOffice;
let dinsos: TestOffice;
let person = '';
const kk = pdfOfSize(300_000);

async function attach(kind: string, bytes: Buffer): Promise<string> {
  const r = await kec.register.call(kec.users.petugas.caller, 'attachments.add', {
    owner: { type: 'person', id: person },
    kind,
    base64: bytes.toString('base64'),
  });
  return unwrap(r).id;
}

const listAt = async (o: TestOffice) =>
  unwrap(
    await o.register.call(o.users.petugas.caller, 'attachments.list', {
      owner: { type: 'person', id: person },
    }),
  );

beforeAll(async () => {
  // House photos reach Dinsos as rows only: Dinsos cannot give their files back.
  pair = await openAttachmentSyncPair({ bundleBudgetMb: 50, metadataOnlyKinds: ['foto_rumah'] });
  ({ kec, dinsos } = pair);
  person = await insertPerson(kec.register, { name: 'Warga Kantor Hilang' });
}, 60_000);
afterAll(async () => pair.close());

describe('re-seed with attachments', () => {
  it('the new installation gets every file Dinsos holds, stored encrypted; metadata-only files say they are unavailable', async () => {
    const kkId = await attach('kk', kk);
    const photoId = await attach('foto_rumah', await smallPng());
    await pair.send(kec, dinsos);
    const kecId = officeIdOf(kec.register);
    const hashOf = (id: string): string =>
      String(
        kec.register.deps.sqlite.prepare('select content_hash from attachments where id = ?').pluck().get(id),
      );

    // The office's PC is lost: a new installation of the same office, its new key enrolled at Dinsos.
    const fresh = await openSetUpOffice({ setup: { ...SETUP_INPUT, recoverOfficeId: kecId } });
    trust(dinsos.register, kec.register, 'revoked');
    trust(dinsos.register, fresh.register);
    trust(fresh.register, dinsos.register);
    await pinDinsos(fresh.register, officeIdOf(dinsos.register));

    const file = join(pair.dir, 'pemulihan.pksb');
    const exported = await exportReseed(dinsos.register.deps, kecId, file);
    expect(exported.files.carried).toEqual({ count: 1, bytes: kk.length });
    expect(exported.files.missing.count).toBe(1);
    expect((await readBundleHeader(file)).attachments?.length).toBeGreaterThan(kk.length / 2);

    const r = await importReseed(fresh.register.deps, file);
    expect(r.outcome.status).toBe('applied');
    expect(r.files?.here).toEqual({ count: 1, bytes: kk.length });
    expect(r.files?.unavailable.count).toBe(1);
    expect(r.files?.coming.count).toBe(0);

    const states = Object.fromEntries((await listAt(fresh)).map((a) => [a.id, a.file]));
    expect(states).toEqual({ [kkId]: 'here', [photoId]: 'unavailable' });
    const got = unwrap(
      await fresh.register.call(fresh.users.petugas.caller, 'attachments.get', { id: kkId }),
    );
    const bytes = Buffer.from(got.base64, 'base64');
    expect(bytes.equals(kk)).toBe(true);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(hashOf(kkId));
    // In the new store encrypted, like every attachment: the PDF's bytes are nowhere in plain.
    const stored = storeFiles(storeRoot(fresh.dataDir));
    expect(stored).toHaveLength(1);
    expect(readFileSync(join(storeRoot(fresh.dataDir), stored[0] ?? '')).includes(Buffer.from('%PDF'))).toBe(
      false,
    );

    const photo = await fresh.register.call(fresh.users.petugas.caller, 'attachments.get', { id: photoId });
    expect(errorOf(photo, 'CONFLICT').message).toMatch(/tidak tersedia di kantor ini.*Pindai ulang/);

    // Dinsos does not offer the re-seeded file to the office again (it is recorded as sent in the re-seed).
    const plan = await planAttachments(
      dinsos.register.deps,
      { officeId: officeIdOf(dinsos.register), type: 'dinsos' },
      { id: kecId, type: 'kecamatan' },
      [],
    );
    expect(plan.source).toBeNull();
    const sent = dinsos.register.deps.sqlite
      .prepare('select bundle_sequence from attachment_sent where peer_office_id = ? and content_hash = ?')
      .pluck()
      .get(kecId, hashOf(kkId));
    expect(sent).toBe(exported.sequence);
    await fresh.register.close();
  }, 60_000);
});
