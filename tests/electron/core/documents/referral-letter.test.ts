// Surat Rujukan through the dispatch: its text (pdfjs-dist), metadata, page numbers, determinism, access and audit.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, openSetUpOffice, tempDir, unwrap, type TestOffice } from '../../../support/register.ts';
import { rowSeeder, type RowSeeder } from '../../../support/register-rows.ts';
import { flat, pdfInfo, pdfText, renderFirstPage } from '../../../support/pdf-tools.ts';
import type { GeneratedFile } from '../../../../shared/types/cases.ts';
import { pdfWithMarker } from '../../../support/attachment-files.ts';

let office: TestOffice;
let seed: RowSeeder;
let dir: string;
const ids = { referral: '', noNik: '', long: '', deleted: '' };

const LETTER = '001/RUJ/33.01.08/III/2026';
const CASE_NUMBER = '33.01.08/2026/00001';
const DESTINATION = 'Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Cilacap';

beforeAll(async () => {
  office = await openSetUpOffice();
  seed = await rowSeeder(office);
  dir = tempDir('puskesos-surat-');
  const hh = await seed.household({
    no_kk: '3301080000000101',
    address: 'Jl. Contoh Uji No. 7',
    rt: '002',
    rw: '003',
    dusun: 'Krajan Uji',
  });
  const person = await seed.person({
    household_id: hh,
    nik: '3301080000000001',
    name: 'Warga Contoh Satu',
    sex: 'P',
    birth_place: 'Cilacap',
    birth_date: '1985-04-12',
  });
  const kase = await seed.case(person, {
    case_number: CASE_NUMBER,
    kind: 'KELUHAN',
    sub_kind: 'PENGADUAN',
    category: 'DATA',
    sub_category: 'DATA_SALAH_DATA',
    status: 'DIRUJUK',
  });
  ids.referral = await seed.referral(kase, {
    destination: 'DISDUKCAPIL',
    letter_number: LETTER,
    letter_date: '2026-03-02',
    reason: 'NIK warga tidak padan dengan data Dukcapil sehingga tidak dapat diusulkan ke DTSEN.',
  });

  const noNik = await seed.person({ name: 'Warga Tanpa Nik', sex: 'L' });
  const noNikCase = await seed.case(noNik, { category: 'ADMINDUK' });
  ids.noNik = await seed.referral(noNikCase, {
    destination: 'PKH',
    letter_number: '002/RUJ/33.01.08/III/2026',
  });

  const longReason = Array.from(
    { length: 60 },
    (_, i) => `Kalimat alasan uji nomor ${i + 1} yang panjang.`,
  ).join(' ');
  ids.long = await seed.referral(kase, { letter_number: '003/RUJ/33.01.08/III/2026', reason: longReason });
  ids.deleted = await seed.referral(kase, { letter_number: '004/RUJ/33.01.08/III/2026' });
  await seed.remove('referrals', ids.deleted);
});
afterAll(() => office.dispose());

const letterAs = async (role: 'petugas' | 'pengamat', referralId: string): Promise<GeneratedFile> =>
  unwrap(await office.register.call(office.users[role].caller, 'documents.referralLetter', { referralId }));

const textOf = async (file: GeneratedFile): Promise<{ text: string; path: string }> => {
  const path = join(dir, file.fileName);
  return { text: await pdfText(Buffer.from(file.base64, 'base64'), path), path };
};

describe('documents.referralLetter', () => {
  it('renders the letter: heading, number, date, destination, resident, case, reason, signature, copies, page numbers', async () => {
    const file = await letterAs('petugas', ids.referral);
    expect(file.fileName).toBe('surat-rujukan-001-RUJ-33.01.08-III-2026.pdf');
    expect(file.mime).toBe('application/pdf');
    const bytes = Buffer.from(file.base64, 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const { text, path } = await textOf(file);
    // Page 1 at 60 dpi, for a human to look at (tests/artifacts is gitignored).
    const png = await renderFirstPage(path, 'surat-rujukan');
    expect(existsSync(png) && statSync(png).size > 1000).toBe(true);
    const t = flat(text);
    for (const expected of [
      'PEMERINTAH KABUPATEN CILACAP',
      'PUSKESOS KECAMATAN JERUKLEGI',
      'Kode wilayah 33.01.08',
      'SURAT RUJUKAN',
      `Nomor: ${LETTER}`,
      'Jeruklegi, 2 Maret 2026',
      'Kepada Yth.',
      DESTINATION,
      'Warga Contoh Satu',
      '3301080000000001',
      'Cilacap, 12 April 1985',
      'Perempuan',
      'Jl. Contoh Uji No. 7 RT 002/RW 003, Dusun Krajan Uji',
      'Desa Tritih Wetan, Kec. Jeruklegi, Kabupaten Cilacap, Jawa Tengah',
      '3301080000000101',
      CASE_NUMBER,
      'Keluhan – Pengaduan',
      'Data (DTSEN) – Salah data / NIK tidak padan',
      'NIK warga tidak padan dengan data Dukcapil',
      'Penerbitan atau perbaikan dokumen kependudukan',
      'menyampaikan hasil tindak lanjut rujukan ini',
      'paling lambat 14 hari',
      'Koordinator Puskesos / Manajer SLRT',
      'NIP.',
      'Tembusan:',
      'Camat Jeruklegi',
      'Kepala Dinas Sosial Kabupaten Cilacap',
      'Halaman 1 dari 1',
    ]) {
      expect(t, expected).toContain(expected);
    }

    const info = await pdfInfo(path);
    expect(info.Title).toBe(`Surat Rujukan ${LETTER}`);
    expect(info.Creator).toBe('Puskesos Desktop');
    expect(info['Page size']).toContain('A4');
    expect(info.Pages).toBe('1');
  });

  it('is byte-for-byte the same for the same data and clock (creation date from the injected clock)', async () => {
    const a = await letterAs('petugas', ids.referral);
    const b = await letterAs('petugas', ids.referral);
    expect(a.base64).toBe(b.base64);
    expect((await pdfInfo((await textOf(a)).path)).CreationDate).toMatch(/2026/);
  });

  it('says "belum memiliki NIK" for a resident without one, and asks a program for an eligibility check', async () => {
    const t = flat((await textOf(await letterAs('petugas', ids.noNik))).text);
    expect(t).toContain('belum memiliki NIK');
    expect(t).toContain('Program Keluarga Harapan (PKH)');
    expect(t).toContain('Verifikasi kelayakan dan pertimbangan kepesertaan');
  });

  it("lists the referral's attachments as its enclosures (kind and note), not the removed ones; none: no list", async () => {
    const petugas = office.users.petugas.caller;
    // A minute between files, as at a desk: the letter lists them oldest first (same-instant ties go by id).
    const add = async (kind: string, note: string) => {
      office.clock.ms += 60_000;
      return unwrap(
        await office.register.call(petugas, 'attachments.add', {
          owner: { type: 'referral', id: ids.noNik },
          kind,
          note,
          base64: pdfWithMarker(`LAMPIRAN ${kind}`).toString('base64'),
        }),
      );
    };
    await add('kk', 'Fotokopi KK terbaru');
    await add('sktm', '');
    const wrong = await add('lainnya', 'Salah pilih berkas');
    unwrap(
      await office.register.call(petugas, 'attachments.remove', { id: wrong.id, reason: 'Salah pilih' }),
    );

    const t = flat((await textOf(await letterAs('petugas', ids.noNik))).text);
    expect(t).toContain('Lampiran: 2 berkas');
    expect(t).toContain('Daftar lampiran');
    expect(t).toContain('Kartu Keluarga (KK): Fotokopi KK terbaru');
    expect(t).toMatch(/2\.\s*SKTM/);
    expect(t).not.toContain('Salah pilih berkas');
    expect(flat((await textOf(await letterAs('petugas', ids.referral))).text)).not.toContain(
      'Daftar lampiran',
    );
  });

  it('numbers every page "Halaman X dari Y" when the letter runs over one page', async () => {
    const { text, path } = await textOf(await letterAs('petugas', ids.long));
    const pages = Number((await pdfInfo(path)).Pages);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let p = 1; p <= pages; p++) expect(text).toContain(`Halaman ${p} dari ${pages}`);
    expect(flat(text)).toContain('Koordinator Puskesos / Manajer SLRT');
  });

  it('a pengamat (read-only) may print it; the view is audited with the referral and a note', async () => {
    const file = await letterAs('pengamat', ids.referral);
    expect(file.mime).toBe('application/pdf');
    const row = office.register.deps.sqlite
      .prepare(
        `select * from audit_log where action = 'documents.referralLetter' and user_id = ? order by id desc limit 1`,
      )
      .get(office.users.pengamat.id) as Record<string, string> | undefined;
    expect(row).toMatchObject({
      outcome: 'ok',
      role: 'pengamat',
      entity_type: 'referral',
      entity_id: ids.referral,
      detail: 'ekspor PDF surat rujukan',
    });
  });

  it('an unknown or deleted referral is NOT_FOUND', async () => {
    const caller = office.users.petugas.caller;
    for (const referralId of ['0190a6c2-7b1e-7c3a-9d2e-4f5a6b7c8d9e', ids.deleted]) {
      errorOf(await office.register.call(caller, 'documents.referralLetter', { referralId }), 'NOT_FOUND');
    }
  });
});

describe('letters.addressees / letters.updateAddressees', () => {
  const OWN = 'Kepala Disdukcapil Kab. Cilacap\nc.q. Kepala Bidang Pelayanan Pendaftaran Penduduk';
  const listAs = async (role: 'petugas' | 'koordinator') =>
    unwrap(await office.register.call(office.users[role].caller, 'letters.addressees', {}));

  it('lists every destination with its default head and no own text at first', async () => {
    const list = await listAs('petugas');
    expect(list.find((a) => a.destination === 'DISDUKCAPIL')).toEqual({
      destination: 'DISDUKCAPIL',
      label: 'Disdukcapil (KK, KTP-el, akta, perbaikan NIK)',
      defaultLines: [DESTINATION],
      own: null,
    });
    expect(list.find((a) => a.destination === 'PKH')?.defaultLines[1]).toMatch(/^u\.p\. Pengelola/);
  });

  it("the koordinator sets the office's own addressee: the letter carries it; an empty text restores the default", async () => {
    const koordinator = office.users.koordinator.caller;
    const set = unwrap(
      await office.register.call(koordinator, 'letters.updateAddressees', { own: { DISDUKCAPIL: OWN } }),
    );
    expect(set.find((a) => a.destination === 'DISDUKCAPIL')?.own).toBe(OWN);
    const custom = flat((await textOf(await letterAs('petugas', ids.referral))).text);
    expect(custom).toContain('Kepala Disdukcapil Kab. Cilacap');
    expect(custom).toContain('c.q. Kepala Bidang Pelayanan Pendaftaran Penduduk');
    expect(custom).not.toContain(DESTINATION);

    unwrap(
      await office.register.call(koordinator, 'letters.updateAddressees', { own: { DISDUKCAPIL: ' ' } }),
    );
    expect((await listAs('koordinator')).find((a) => a.destination === 'DISDUKCAPIL')?.own).toBeNull();
    expect(flat((await textOf(await letterAs('petugas', ids.referral))).text)).toContain(DESTINATION);
  });

  it('a petugas may not change them, and an unknown destination is VALIDATION; nothing is stored', async () => {
    const before = await listAs('petugas');
    errorOf(
      await office.register.call(office.users.petugas.caller, 'letters.updateAddressees', {
        own: { PUSKESMAS: 'Kepala UPTD Puskesmas' },
      }),
      'FORBIDDEN',
    );
    errorOf(
      await office.register.call(office.users.koordinator.caller, 'letters.updateAddressees', {
        own: { PUSKESMAS: 'Kepala UPTD Puskesmas', BUKAN_TUJUAN: 'Kepala' },
      }),
      'VALIDATION',
    );
    expect(await listAs('petugas')).toEqual(before);
  });
});
