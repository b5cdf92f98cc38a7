// A session's papers read back: the berita acara and SPTJM PDFs (pdf.js text), the BNBA as XLSX (exceljs) and PDF, each logged.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BNBA_HEADERS } from '../../../../electron/core/usulan/bnba-data.ts';
import { as } from '../../../support/cases.ts';
import { flat, pdfText } from '../../../support/pdf-tools.ts';
import { makeNik } from '../../../support/persons.ts';
import { errorOf, openSetUpOffice, tempDir, unwrap, type TestOffice } from '../../../support/register.ts';
import {
  holdSession,
  householdWithMember,
  proposal,
  readyProposals,
  takeStep,
} from '../../../support/usulan.ts';

let k1: TestOffice;
const NIK = makeNik('1980-04-12', 'P', 77);

beforeAll(async () => {
  k1 = await openSetUpOffice();
}, 60_000);
afterAll(() => k1.dispose());

const bytesOf = (f: { base64: string }): Buffer => Buffer.from(f.base64, 'base64');

async function decidedSession() {
  const { householdId, personId } = await householdWithMember(k1, 1801, {
    nik: NIK,
    birthDate: '1980-04-12',
    occupation: 'PEKERJAAN-09',
  });
  const yes = await takeStep(
    k1,
    'tksk',
    (await proposal(k1, householdId, { personIds: [personId] })).id,
    'siap_musdes',
  );
  const [no] = await readyProposals(k1, [1802]);
  const s = await holdSession(k1);
  unwrap(
    await k1.register.call(await as(k1, 'koordinator'), 'musdes.decide', {
      sessionId: s.id,
      decisions: [
        { usulanId: yes.id, decision: 'disetujui_musdes' },
        { usulanId: no?.id ?? '', decision: 'ditolak_musdes', reason: 'Sudah menerima bantuan lain (uji).' },
      ],
    }),
  );
  return s;
}

describe('musdes papers', () => {
  it('prints the berita acara and the BNBA of the approved proposals, logging each file', async () => {
    const s = await decidedSession();
    const koordinator = await as(k1, 'koordinator');
    const ba = unwrap(await k1.register.call(koordinator, 'musdes.beritaAcara', { sessionId: s.id }));
    expect(ba.mime).toBe('application/pdf');
    const text = flat(await pdfText(bytesOf(ba), join(tempDir(), 'berita-acara.pdf')));
    for (const phrase of [
      'BERITA ACARA MUSYAWARAH DESA',
      'Balai Desa Uji',
      'dipimpin oleh Kepala Desa Uji',
      'dihadiri 24 peserta',
      'Warga Usulan 1801',
      'Warga Usulan 1802',
      'Ditolak musdes',
      'Sudah menerima bantuan lain (uji).',
    ]) {
      expect(text).toContain(phrase);
    }

    const xlsx = unwrap(
      await k1.register.call(koordinator, 'musdes.bnba', { sessionId: s.id, format: 'xlsx' }),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytesOf(xlsx) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('BNBA');
    expect((ws?.getRow(3).values as unknown[]).slice(1)).toEqual([...BNBA_HEADERS]);
    const row = (ws?.getRow(4).values as unknown[]).slice(1);
    // Only the approved proposal, its person; NIK and No KK as 16-digit text.
    expect(row.slice(0, 6)).toEqual([
      1,
      NIK,
      '3301080000001801',
      'Warga Usulan 1801',
      'Warga Usulan 1801',
      'Perempuan',
    ]);
    expect(row[11]).toBe('Petani/Pekebun');
    expect(row[12]).toBe('Usul baru');
    expect(ws?.getRow(5).values).toEqual([]);

    const pdf = unwrap(
      await k1.register.call(koordinator, 'musdes.bnba', { sessionId: s.id, format: 'pdf' }),
    );
    const bnbaText = flat(await pdfText(bytesOf(pdf), join(tempDir(), 'bnba.pdf')));
    expect(bnbaText).toContain('DAFTAR NAMA DAN ALAMAT (BNBA) USULAN DTSEN');
    expect(bnbaText).toContain(NIK);
    expect(bnbaText).not.toContain('Warga Usulan 1802');

    const logged = k1.register.deps.sqlite
      .prepare(`select detail, person_count from export_log where kind = 'usulan_list' order by at, detail`)
      .all();
    expect(logged).toEqual(
      expect.arrayContaining([
        { detail: 'berita acara', person_count: 2 },
        { detail: 'BNBA xlsx', person_count: 1 },
        { detail: 'BNBA pdf', person_count: 1 },
      ]),
    );
  });

  it('prints an SPTJM for a desa without a session; the tksk may not print', async () => {
    const [u] = await readyProposals(k1, [1803]);
    const s = await holdSession(k1, {
      kind: 'sptjm',
      place: null,
      participants: null,
      chair: 'Kepala Desa Uji',
    });
    unwrap(
      await k1.register.call(await as(k1, 'petugas'), 'musdes.decide', {
        sessionId: s.id,
        decisions: [{ usulanId: u?.id ?? '', decision: 'disetujui_musdes' }],
      }),
    );
    const f = unwrap(
      await k1.register.call(await as(k1, 'petugas'), 'musdes.beritaAcara', { sessionId: s.id }),
    );
    const text = flat(await pdfText(bytesOf(f), join(tempDir(), 'sptjm.pdf')));
    expect(text).toContain('SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK (SPTJM)');
    expect(text).toContain('tanpa musyawarah');
    expect(f.fileName).toMatch(/^sptjm-.*\.pdf$/);
    errorOf(
      await k1.register.call(await as(k1, 'tksk'), 'musdes.beritaAcara', { sessionId: s.id }),
      'FORBIDDEN',
    );
  });
});
