// Erasing a resident removes their attachments: rows tombstoned with the note emptied, bytes gone from the store and the backups' copy.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERASED_REASON } from '../../../../electron/core/attachments/erasure.ts';
import { storeFiles } from '../../../../electron/core/attachments/store-mirror.ts';
import { pdfWithMarker } from '../../../support/attachment-files.ts';
import { asRole, seedRegisterSamples, type RegisterSampleIds } from '../../../support/persons.ts';
import { errorOf, openSetUpOffice, unwrap, type TestOffice } from '../../../support/register.ts';

let office: TestOffice;
let ids: RegisterSampleIds;

beforeAll(async () => {
  office = await openSetUpOffice();
  ids = await seedRegisterSamples(office);
}, 60_000);
afterAll(() => office.dispose());

const MARKER = 'PENANDA-WARGA-DIHAPUS-51c2';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

describe('erasure and attachments', () => {
  it("deletes the resident's own files everywhere, keeps a file another resident shares", async () => {
    const petugas = await asRole(office, 'petugas');
    const add = async (personId: string, pdf: Buffer, note: string) =>
      unwrap(
        await office.register.call(petugas, 'attachments.add', {
          owner: { type: 'person', id: personId },
          kind: 'surat_keterangan',
          note,
          base64: pdf.toString('base64'),
        }),
      );
    const own = await add(ids.erasablePersonId, pdfWithMarker(MARKER), 'Surat dari desa');
    const shared = pdfWithMarker('SURAT EDARAN BERSAMA');
    const sharedErased = await add(ids.erasablePersonId, shared, 'Edaran');
    const sharedKept = await add(ids.personId, shared, 'Edaran');
    unwrap(await office.register.call(office.users.admin.caller, 'backups.createNow', {}));
    const store = join(office.dataDir, 'lampiran');
    const mirror = join(office.dataDir, 'backups', 'lampiran');
    expect(storeFiles(store)).toHaveLength(2);
    expect(storeFiles(mirror)).toHaveLength(2);

    unwrap(
      await office.register.call(office.users.admin.caller, 'persons.erase', {
        id: ids.erasablePersonId,
        reason: 'permintaan',
        confirm: true,
      }),
    );

    expect(storeFiles(store)).toHaveLength(1);
    expect(storeFiles(mirror)).toHaveLength(1);
    const rows = office.register.deps.sqlite
      .prepare('select id, note, removed_reason from attachments where owner_id = ?')
      .all(ids.erasablePersonId) as { id: string; note: string; removed_reason: string }[];
    expect(rows.map((r) => r.id).sort()).toEqual([own.id, sharedErased.id].sort());
    for (const r of rows) expect(r).toMatchObject({ note: '', removed_reason: ERASED_REASON });
    errorOf(await office.register.call(petugas, 'attachments.get', { id: own.id }), 'NOT_FOUND');
    const kept = unwrap(await office.register.call(petugas, 'attachments.get', { id: sharedKept.id }));
    expect(Buffer.from(kept.base64, 'base64').equals(shared)).toBe(true);
    // Not even encrypted: the resident's own file is gone from every folder (and was never there in the clear).
    const holding = filesUnder(office.dataDir).filter((f) => readFileSync(f).includes(Buffer.from(MARKER)));
    expect(holding).toEqual([]);
  });
});
