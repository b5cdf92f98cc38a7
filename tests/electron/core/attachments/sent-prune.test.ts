// Revoking an office forgets which files went to it (Dinsos at once, other offices when the network file arrives).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallPng } from '../../../support/attachment-files.ts';
import { openAttachmentSyncPair, type AttachmentSyncPair } from '../../../support/attachment-sync.ts';
import { insertPerson } from '../../../support/cases.ts';
import { unwrap, type TestOffice } from '../../../support/register.ts';
import { officeIdOf } from '../../../support/sync-network.ts';

let pair: AttachmentSyncPair;
let kec: TestOffice;
let dinsos: TestOffice;

beforeAll(async () => {
  pair = await openAttachmentSyncPair({ bundleBudgetMb: 5, metadataOnlyKinds: [] });
  ({ kec, dinsos } = pair);
}, 60_000);
afterAll(async () => pair.close());

const sentRows = (o: TestOffice, peer: TestOffice) =>
  o.register.deps.db
    .selectFrom('attachment_sent')
    .select('content_hash')
    .where('peer_office_id', '=', officeIdOf(peer.register))
    .execute();

const text = (base64: string): string => Buffer.from(base64, 'base64').toString('utf8');

describe('attachment_sent after a revocation', () => {
  it('Dinsos forgets the files of a revoked office; the office keeps those it sent to the still-trusted Dinsos', async () => {
    const person = await insertPerson(kec.register, { name: 'Warga Berkas Dicabut' });
    unwrap(
      await kec.register.call(kec.users.petugas.caller, 'attachments.add', {
        owner: { type: 'person', id: person },
        kind: 'kk',
        base64: (await smallPng()).toString('base64'),
      }),
    );
    await pair.send(kec, dinsos);
    expect(await sentRows(kec, dinsos)).toHaveLength(1);
    expect(await sentRows(dinsos, kec)).toHaveLength(1);

    const kecId = officeIdOf(kec.register);
    unwrap(await dinsos.register.call(dinsos.users.admin.caller, 'trust.revoke', { officeId: kecId }));
    expect(await sentRows(dinsos, kec)).toHaveLength(0);

    // The revoked office still reads Dinsos's network file: Dinsos's key stays active there, so its rows stay.
    const network = unwrap(await dinsos.register.call(dinsos.users.admin.caller, 'trust.networkFile', {}));
    const imported = await kec.register.call(kec.users.admin.caller, 'trust.importNetwork', {
      content: text(network.file.base64),
    });
    expect(unwrap(imported).revoked).toBe(1);
    expect(await sentRows(kec, dinsos)).toHaveLength(1);
  });
});
