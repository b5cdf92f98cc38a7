// The household condition on a DTSEN proposal: validated at create and setCondition, kind, state and role checked, synced, exported.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { UPLOAD_HEADERS } from '../../../../electron/core/usulan/upload-rows.ts';
import { as } from '../../../support/cases.ts';
import { errorOf, unwrap } from '../../../support/register.ts';
import {
  carry,
  householdWithMember,
  kecamatanAndDinsos,
  proposal,
  takeStep,
} from '../../../support/usulan.ts';

const net = kecamatanAndDinsos();
const CONDITION = {
  floorAreaM2: 36,
  floorMaterial: 'TANAH',
  wallMaterial: 'ANYAMAN_BAMBU',
  lighting: 'PLN_450',
  cookingFuel: 'KAYU_BAKAR',
  toilet: 'UMUM',
  assets: ['SEPEDA_MOTOR', 'KULKAS', 'SEPEDA_MOTOR'],
};

const createAs = async (n: number, more: Record<string, unknown>) => {
  const h = await householdWithMember(net.k1, n);
  return net.k1.register.call(await as(net.k1, 'petugas'), 'usulan.create', {
    householdId: h.householdId,
    kind: 'usul_baru',
    reason: 'Keluarga miskin belum terdaftar di DTSEN (uji).',
    ...more,
  });
};

const conditionRow = (id: string): unknown =>
  net.k1.register.deps.sqlite.prepare('select household_condition from usulan where id = ?').pluck().get(id);

describe('the household condition of a proposal', () => {
  it('is stored at create (assets once, in list order) and read back by usulan.get', async () => {
    const u = unwrap(await createAs(3101, { condition: CONDITION }));
    expect(u.condition).toEqual({ ...CONDITION, assets: ['KULKAS', 'SEPEDA_MOTOR'] });
    expect(u.conditionEditable).toBe(true);
    const none = unwrap(await createAs(3102, {}));
    expect([none.condition, conditionRow(none.id)]).toEqual([null, null]);
  });

  it('refuses a value outside the lists, an unknown field, an area out of bounds and the other kinds', async () => {
    const bad = errorOf(await createAs(3103, { condition: { floorMaterial: 'EMAS' } }), 'VALIDATION');
    expect(JSON.stringify(bad)).toMatch(/Jenis lantai terluas: pilihan tidak dikenal/);
    const unknown = errorOf(await createAs(3104, { condition: { kamarTidur: 2 } }), 'VALIDATION');
    expect(JSON.stringify(unknown)).toMatch(/Isian kondisi keluarga tidak dikenal: kamarTidur/);
    const area = errorOf(await createAs(3105, { condition: { floorAreaM2: 10_001 } }), 'VALIDATION');
    expect(JSON.stringify(area)).toMatch(/Luas lantai: bilangan bulat 1–10.000 m²/);
    const keluar = errorOf(
      await createAs(3106, { kind: 'usul_keluar', condition: { toilet: 'SENDIRI' } }),
      'VALIDATION',
    );
    expect(keluar.fields?.condition).toMatch(/hanya dicatat pada usulan baru dan perbaikan data/);
    // Nothing partial: no proposal was written by the refusals.
    const count = net.k1.register.deps.sqlite
      .prepare(
        "select count(*) from usulan u join households h on h.id = u.household_id where h.no_kk like '%310_'",
      )
      .pluck()
      .get();
    expect(count).toBe(2);
  });

  it('setCondition: the office edits while the proposal is its own; not Dinsos, not once sent, not the admin', async () => {
    const h = await householdWithMember(net.k1, 3111);
    const u = await proposal(net.k1, h.householdId, { personIds: [h.personId] });
    const set = unwrap(
      await net.k1.register.call(await as(net.k1, 'tksk'), 'usulan.setCondition', {
        id: u.id,
        condition: { roofMaterial: 'SENG', floorAreaM2: 24 },
      }),
    );
    expect(set.condition).toEqual({ floorAreaM2: 24, roofMaterial: 'SENG' });
    const admin = await net.k1.register.call(await as(net.k1, 'admin'), 'usulan.setCondition', {
      id: u.id,
      condition: {},
    });
    errorOf(admin, 'FORBIDDEN');
    await takeStep(net.k1, 'petugas', u.id, 'siap_musdes');
    await takeStep(net.k1, 'koordinator', u.id, 'disetujui_musdes');
    const approved = await net.k1.register.call(await as(net.k1, 'petugas'), 'usulan.setCondition', {
      id: u.id,
      condition: { toilet: 'TIDAK_ADA' },
    });
    expect(errorOf(approved, 'VALIDATION').fields?.condition).toMatch(/tidak bisa diubah lagi/);
    const sent = await takeStep(net.k1, 'petugas', u.id, 'dikirim');
    expect([sent.conditionEditable, sent.condition]).toEqual([
      false,
      { floorAreaM2: 24, roofMaterial: 'SENG' },
    ]);

    // The condition arrives at Dinsos with the proposal; Dinsos reads it and may not change it.
    expect(await carry(net.k1, net.dinsos)).toEqual([['applied', null]]);
    const atDinsos = unwrap(
      await net.dinsos.register.call(await as(net.dinsos, 'petugas'), 'usulan.get', { id: u.id }),
    );
    expect([atDinsos.condition, atDinsos.conditionEditable]).toEqual([
      { floorAreaM2: 24, roofMaterial: 'SENG' },
      false,
    ]);
    const dinsos = await net.dinsos.register.call(await as(net.dinsos, 'petugas'), 'usulan.setCondition', {
      id: u.id,
      condition: { toilet: 'UMUM' },
    });
    errorOf(dinsos, 'FORBIDDEN');

    // Returned by Dinsos, the office may complete it again; an empty condition clears it.
    await takeStep(net.dinsos, 'petugas', u.id, 'dikembalikan', { reason: 'Lengkapi kondisi rumah.' });
    expect(await carry(net.dinsos, net.k1)).toEqual([['applied', null]]);
    const cleared = unwrap(
      await net.k1.register.call(await as(net.k1, 'petugas'), 'usulan.setCondition', {
        id: u.id,
        condition: {},
      }),
    );
    expect([cleared.condition, conditionRow(u.id)]).toEqual([null, null]);
    const completed = unwrap(
      await net.k1.register.call(await as(net.k1, 'petugas'), 'usulan.setCondition', {
        id: u.id,
        condition: { lighting: 'PLN_900', assets: ['EMAS_10G'] },
      }),
    );
    expect(completed.condition).toEqual({ lighting: 'PLN_900', assets: ['EMAS_10G'] });
  });

  it('the national upload file has the condition columns, with the lists labels', async () => {
    const h = await householdWithMember(net.k1, 3121);
    const u = await proposal(net.k1, h.householdId, { personIds: [h.personId], condition: CONDITION });
    await takeStep(net.k1, 'tksk', u.id, 'siap_musdes');
    await takeStep(net.k1, 'koordinator', u.id, 'disetujui_musdes');
    await takeStep(net.k1, 'petugas', u.id, 'dikirim');
    expect(await carry(net.k1, net.dinsos)).toEqual([['applied', null]]);
    await takeStep(net.dinsos, 'petugas', u.id, 'diverifikasi');
    const file = unwrap(
      await net.dinsos.register.call(await as(net.dinsos, 'petugas'), 'usulan.export', { format: 'xlsx' }),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('usulan');
    const header = (ws?.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([...UPLOAD_HEADERS]);
    expect(header.slice(-9)).toEqual([
      'luas_lantai_m2',
      'jenis_lantai',
      'jenis_dinding',
      'jenis_atap',
      'sumber_air_minum',
      'penerangan',
      'bahan_bakar_memasak',
      'fasilitas_bab',
      'aset',
    ]);
    const rows = Array.from({ length: (ws?.rowCount ?? 1) - 1 }, (_, i) =>
      (ws?.getRow(i + 2).values as unknown[]).slice(1),
    );
    const row = rows.find((r) => r[1] === u.id) ?? [];
    const cell = (name: string): unknown => row[header.indexOf(name)];
    expect(cell('luas_lantai_m2')).toBe(36);
    expect(cell('jenis_lantai')).toBe('Tanah');
    expect(cell('jenis_dinding')).toBe('Anyaman bambu');
    expect(cell('penerangan')).toBe('Listrik PLN 450 VA');
    expect(cell('fasilitas_bab')).toBe('MCK komunal/umum');
    expect(cell('aset')).toBe('Lemari es/kulkas; Sepeda motor');
    expect(cell('jenis_atap')).toBe('');
  });
});
