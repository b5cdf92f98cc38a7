// A resident's own data (UU 27/2022): the JSON holds every row about them and nothing of anyone else; the PDF says the same.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, openSetUpOffice, tempDir, unwrap, type TestOffice } from '../../../support/register.ts';
import { rowSeeder } from '../../../support/register-rows.ts';
import { flat, pdfInfo, pdfText, renderFirstPage } from '../../../support/pdf-tools.ts';
import type { GeneratedFile } from '../../../../shared/types/cases.ts';
import type { Role } from '../../../../shared/api/roles.ts';
import type { PersonDataExport } from '../../../../electron/core/documents/person-data-types.ts';

let office: TestOffice;
let dir: string;
/** Every row id written about the subject (A), and every one about the other resident (B). */
const mine: string[] = [];
const theirs: string[] = [];
let subject = '';
let deletedPpks = '';

const A = { name: 'Warga Contoh Satu', nik: '3301080000000001' };
const B = { name: 'Tetangga Uji Dua', nik: '3301080000000002', secret: 'Uraian rahasia milik orang lain.' };

beforeAll(async () => {
  office = await openSetUpOffice();
  dir = tempDir('puskesos-data-warga-');
  const seed = await rowSeeder(office);
  const track = async (list: string[], p: Promise<string>): Promise<string> => {
    const id = await p;
    list.push(id);
    return id;
  };

  const hh = await track(
    mine,
    seed.household({ no_kk: '3301080000000101', head_name: A.name, rt: '002', rw: '003' }),
  );
  await track(
    mine,
    seed.kkHistory(hh, { no_kk: '3301080000000100', valid_from: '2019-01-15', reason: 'KK awal' }),
  );
  await track(
    mine,
    seed.kkHistory(hh, { no_kk: '3301080000000101', valid_from: '2024-06-01', reason: 'Pisah KK' }),
  );
  subject = await track(
    mine,
    seed.person({
      household_id: hh,
      nik: A.nik,
      name: A.name,
      sex: 'P',
      birth_place: 'Cilacap',
      birth_date: '1985-04-12',
      relationship: 'KEPALA_KELUARGA',
      religion: 'ISLAM',
      disability_types: '["FISIK"]',
    }),
  );
  await track(mine, seed.ppks(subject, { category: 'PPKS-24' }));
  await track(mine, seed.ppks(subject, { category: 'PPKS-09', disability_type: 'FISIK' }));
  deletedPpks = await seed.ppks(subject, { category: 'PPKS-16' });
  await seed.remove('ppks_assignments', deletedPpks);
  await track(mine, seed.program(subject, { program: 'PKH', status: 'aktif', period_start: '2025-01-01' }));

  const c1 = await track(mine, seed.case(subject, { case_number: '33.01.08/2026/00001', status: 'DIRUJUK' }));
  await track(mine, seed.event(c1, { type: 'dibuat', to_status: 'DITERIMA', note: 'Kasus dicatat.' }));
  await track(mine, seed.event(c1, { type: 'rujukan', from_status: 'DITETAPKAN', to_status: 'DIRUJUK' }));
  const r1 = await track(
    mine,
    seed.referral(c1, { letter_number: '001/RUJ/33.01.08/III/2026', destination: 'DISDUKCAPIL' }),
  );
  await track(mine, seed.followUp(c1, { referral_id: r1, due_date: '2026-03-16', note: 'Pantau hasil.' }));
  const c2 = await track(
    mine,
    seed.case(subject, {
      case_number: '33.01.08/2026/00002',
      kind: 'KELUHAN',
      sub_kind: 'PENGADUAN',
      category: 'PBI_JK_NONAKTIF',
      reporter_name: 'Pelapor Pihak Lain Uji',
    }),
  );
  await track(
    mine,
    seed.referral(c2, {
      letter_number: '002/RUJ/33.01.08/III/2026',
      destination: 'BPJS_KESEHATAN',
      status: 'SELESAI',
      outcome: 'DITERIMA',
      outcome_date: '2026-03-02',
    }),
  );

  // The other resident, in the same household: a case the subject reported, a referral, PPKS and a program.
  const other = await track(
    theirs,
    seed.person({ household_id: hh, nik: B.nik, name: B.name, relationship: 'ANAK' }),
  );
  const c3 = await track(
    theirs,
    seed.case(other, { case_number: '33.01.08/2026/00003', reporter_id: subject, description: B.secret }),
  );
  await track(theirs, seed.referral(c3, { letter_number: '003/RUJ/33.01.08/III/2026', destination: 'PIP' }));
  await track(theirs, seed.event(c3, { note: 'Catatan kasus orang lain.' }));
  await track(theirs, seed.followUp(c3));
  await track(theirs, seed.ppks(other, { category: 'PPKS-02' }));
  await track(theirs, seed.program(other, { program: 'PIP' }));

  // Attachment rows (the export lists them; the files themselves are not read): the household's KK scan and
  // the first referral's reply are the subject's; the other resident's and a removed one are not.
  const attach = (n: number, ownerType: string, ownerId: string, removed = false): string => {
    const id = `01900000-0000-7000-8000-0000000a000${n}`;
    office.register.deps.sqlite
      .prepare(
        `insert into attachments (id, origin_office_id, owner_type, owner_id, kind, note, legal_basis, content_hash,
          mime, size, original_size, width, height, added_by, added_at, removed_at, removed_by, removed_reason)
         values (?, 'o', ?, ?, ?, ?, 'pelayanan_publik', ?, 'image/jpeg', 204800, 4000000, 1200, 1600, 'petugas1',
          ?, ?, ?, ?)`,
      )
      .run(
        id,
        ownerType,
        ownerId,
        n === 1 ? 'kk' : 'surat_rujukan_balasan',
        `Lampiran ${n}`,
        String(n).repeat(64),
        `2026-03-0${n}T01:00:00.000Z`,
        removed ? '2026-03-05T01:00:00.000Z' : null,
        removed ? 'petugas1' : null,
        removed ? 'salah unggah' : null,
      );
    return id;
  };
  mine.push(attach(1, 'household', hh), attach(2, 'referral', r1));
  theirs.push(attach(3, 'person', other), attach(4, 'person', subject, true));
});
afterAll(() => office.dispose());

const exportAs = async (role: Role, format: 'json' | 'pdf'): Promise<GeneratedFile> =>
  unwrap(
    await office.register.call(office.users[role].caller, 'documents.personData', {
      personId: subject,
      format,
    }),
  );

const jsonOf = (file: GeneratedFile): PersonDataExport =>
  JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8')) as PersonDataExport;

describe('documents.personData', () => {
  it('JSON: every row about the resident, none of the other resident, deleted rows left out', async () => {
    const file = await exportAs('petugas', 'json');
    expect(file.mime).toBe('application/json');
    expect(file.fileName).toBe(`data-warga-${subject.replace(/-/g, '').slice(-8)}-2026-03-02.json`);
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    const data = jsonOf(file);

    for (const id of mine) expect(text, id).toContain(id);
    for (const id of [...theirs, deletedPpks]) expect(text, id).not.toContain(id);
    for (const s of [B.name, B.nik, B.secret, 'Pelapor Pihak Lain Uji']) expect(text).not.toContain(s);

    expect(data).toMatchObject({
      format: 'puskesos-data-warga',
      exportedAt: new Date(office.clock.ms).toISOString(),
      office: { name: 'Puskesos Kecamatan Jeruklegi', regionCode: '33.01.08' },
      person: { id: subject, name: A.name, nik: A.nik, sex: { code: 'P', label: 'Perempuan' } },
      household: { noKk: '3301080000000101' },
    });
    expect(data.legalBasis).toContain('Nomor 27 Tahun 2022');
    expect(data.household?.kkHistory.map((k) => k.noKk)).toEqual(['3301080000000100', '3301080000000101']);
    expect(data.ppks.map((p) => p.category.code).sort()).toEqual(['PPKS-09', 'PPKS-24']);
    expect(data.programs.map((p) => p.program.code)).toEqual(['PKH']);
    expect(data.cases.map((c) => c.caseNumber)).toEqual(['33.01.08/2026/00001', '33.01.08/2026/00002']);
    expect(data.cases[0]?.events).toHaveLength(2);
    expect(data.cases[0]?.followUps).toHaveLength(1);
    expect(data.cases[1]).toMatchObject({ reportedBy: 'pihak lain' });
    expect(data.cases[1]?.referrals[0]?.outcome).toEqual({ code: 'DITERIMA', label: 'Diterima program' });
    expect(data.attachments.map((a) => [a.belongsTo, a.kind.label, a.note])).toEqual([
      ['Keluarga', 'Kartu Keluarga (KK)', 'Lampiran 1'],
      ['Rujukan 001/RUJ/33.01.08/III/2026 (33.01.08/2026/00001)', 'Surat rujukan berbalas', 'Lampiran 2'],
    ]);
    // The case the subject reported about someone else: only that it exists.
    expect(data.reportedCases).toEqual([
      {
        caseNumber: '33.01.08/2026/00003',
        receivedAt: expect.any(String),
        kind: { code: 'LAYANAN', label: 'Layanan (permohonan)' },
      },
    ]);
  });

  it('PDF: headed sections whose text matches the JSON key values, page numbers, nothing of the other resident', async () => {
    const data = jsonOf(await exportAs('koordinator', 'json'));
    const file = await exportAs('koordinator', 'pdf');
    expect(file.mime).toBe('application/pdf');
    expect(file.fileName).toMatch(/^data-warga-[0-9a-f]{8}-2026-03-02\.pdf$/);
    const path = join(dir, file.fileName);
    const text = await pdfText(Buffer.from(file.base64, 'base64'), path);
    expect(statSync(await renderFirstPage(path, 'data-warga')).size).toBeGreaterThan(1000);
    const t = flat(text);

    const values = [
      'SALINAN DATA PRIBADI WARGA',
      'A. Identitas',
      'B. Keluarga (Kartu Keluarga)',
      'E. Kasus layanan dan keluhan',
      'G. Lampiran (dokumen yang disimpan)',
      'H. Rekam jejak pemrosesan',
      ...data.attachments.map((a) => a.note),
      data.person.name,
      data.person.nik ?? '',
      data.person.sex.label,
      data.person.religion?.label ?? '',
      data.household?.noKk ?? '',
      ...(data.household?.kkHistory.map((k) => k.noKk) ?? []),
      ...data.ppks.map((p) => p.category.code),
      ...data.programs.map((p) => p.program.label),
      ...data.cases.map((c) => `Kasus ${c.caseNumber}`),
      ...data.cases.flatMap((c) => c.referrals.map((r) => r.letterNumber)),
      ...data.reportedCases.map((r) => r.caseNumber),
    ];
    for (const v of values) expect(t, v).toContain(v);
    for (const s of [B.name, B.nik, B.secret]) expect(t).not.toContain(s);

    const info = await pdfInfo(path);
    const pages = Number(info.Pages);
    for (let p = 1; p <= pages; p++) expect(text).toContain(`Halaman ${p} dari ${pages}`);
    expect(info.Creator).toBe('Puskesos Desktop');
    expect(info.Title).toBe('Salinan data pribadi warga');
  });

  it('lists earlier views of the record in its processing trail, and audits this export as a view', async () => {
    await exportAs('admin', 'json');
    const data = jsonOf(await exportAs('admin', 'json'));
    expect(
      data.processingLog.some((e) => e.action === 'documents.personData' && e.username === 'admin'),
    ).toBe(true);

    const rows = office.register.deps.sqlite
      .prepare(
        `select * from audit_log where action = 'documents.personData' and outcome = 'ok' and entity_id = ?`,
      )
      .all(subject) as Record<string, string>[];
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows.at(-1)).toMatchObject({
      entity_type: 'person',
      username: 'admin',
      detail: 'ekspor JSON data warga (UU 27/2022)',
    });
    expect(rows.some((r) => r.detail === 'ekspor PDF data warga (UU 27/2022)')).toBe(true);
  });

  it('pengamat and TKSK are refused: FORBIDDEN, audited as ditolak (the referral letter test shows a pengamat may print letters)', async () => {
    for (const role of ['pengamat', 'tksk'] as const) {
      const r = await office.register.call(office.users[role].caller, 'documents.personData', {
        personId: subject,
        format: 'pdf',
      });
      errorOf(r, 'FORBIDDEN');
      const denied = office.register.deps.sqlite
        .prepare(
          `select count(*) as n from audit_log where action = 'documents.personData' and outcome = 'ditolak' and user_id = ?`,
        )
        .get(office.users[role].id) as { n: number };
      expect(denied.n).toBe(1);
    }
  });

  it('an unknown person is NOT_FOUND', async () => {
    const r = await office.register.call(office.users.admin.caller, 'documents.personData', {
      personId: '0190a6c2-7b1e-7c3a-9d2e-4f5a6b7c8d9e',
      format: 'json',
    });
    errorOf(r, 'NOT_FOUND');
  });
});
