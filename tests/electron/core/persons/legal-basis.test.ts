// Legal basis for specific data (issue 18.7): recorded at registration (default public service), editable, in the data export.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flat, pdfText } from '../../../support/pdf-tools.ts';
import { newPerson } from '../../../support/persons.ts';
import { errorOf, openSetUpOffice, tempDir, unwrap, type TestOffice } from '../../../support/register.ts';
import type { PersonDataExport } from '../../../../electron/core/documents/person-data-types.ts';

let office: TestOffice;
const petugas = () => office.users.petugas.caller;

beforeAll(async () => {
  office = await openSetUpOffice();
}, 60_000);
afterAll(() => office.dispose());

describe('legal basis of a resident', () => {
  it('defaults to the public-service task, keeps consent when chosen, and can be changed later', async () => {
    const plain = unwrap(
      await office.register.call(petugas(), 'persons.create', newPerson({ name: 'Warga Bawaan' })),
    );
    expect(unwrap(await office.register.call(petugas(), 'persons.get', { id: plain.id })).legalBasis).toBe(
      'pelayanan_publik',
    );
    const consent = unwrap(
      await office.register.call(
        petugas(),
        'persons.create',
        newPerson({ name: 'Anak Dengan Persetujuan Wali', legalBasis: 'persetujuan' }),
      ),
    );
    expect(consent.legalBasis).toBe('persetujuan');
    const edited = unwrap(
      await office.register.call(petugas(), 'persons.update', {
        id: plain.id,
        changes: { legalBasis: 'kepentingan_vital' },
      }),
    );
    expect(edited.legalBasis).toBe('kepentingan_vital');
  });

  it('refuses an unknown basis with an Indonesian message and registers nobody', async () => {
    const before = unwrap(await office.register.call(petugas(), 'persons.search', { query: 'Tanpa Dasar' }));
    const r = await office.register.call(
      petugas(),
      'persons.create',
      newPerson({ name: 'Warga Tanpa Dasar', legalBasis: 'suka-suka' as 'persetujuan' }),
    );
    expect(errorOf(r, 'VALIDATION').fields?.['person.legalBasis']).toBe(
      'Dasar pemrosesan data tidak dikenal.',
    );
    const after = unwrap(await office.register.call(petugas(), 'persons.search', { query: 'Tanpa Dasar' }));
    expect(after.total).toBe(before.total);
  });

  it("is in the resident's data export: the JSON's code and article, the PDF's row", async () => {
    const p = unwrap(
      await office.register.call(
        petugas(),
        'persons.create',
        newPerson({ name: 'Warga Ekspor Dasar', legalBasis: 'persetujuan' }),
      ),
    );
    const admin = office.users.admin.caller;
    const json = unwrap(
      await office.register.call(admin, 'documents.personData', { personId: p.id, format: 'json' }),
    );
    const data = JSON.parse(Buffer.from(json.base64, 'base64').toString('utf8')) as PersonDataExport;
    expect(data.person.legalBasis.code).toBe('persetujuan');
    expect(data.person.legalBasis.text).toContain('UU 27/2022 Pasal 20 ayat (2) huruf a');
    const pdf = unwrap(
      await office.register.call(admin, 'documents.personData', { personId: p.id, format: 'pdf' }),
    );
    const text = flat(await pdfText(Buffer.from(pdf.base64, 'base64'), join(tempDir(), 'dasar.pdf')));
    expect(text).toContain(
      'Dasar pemrosesan : Persetujuan warga (atau orang tua/wali untuk anak) (UU 27/2022 Pasal 20 ayat (2) huruf a',
    );
  });
});
