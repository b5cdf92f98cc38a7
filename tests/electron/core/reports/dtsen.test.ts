// The monthly report's DTSEN section through the contract: proposals made, decided, sent, returned and accepted in March
// at a kecamatan and its Dinsos, with February's and April's work left out.
import { describe, expect, it } from 'vitest';
import { as } from '../../../support/cases.ts';
import { DESA_A, DESA_B } from '../../../support/persons.ts';
import { unwrap } from '../../../support/register.ts';
import { exportReport } from '../../../support/report-export.ts';
import {
  carry,
  householdWithMember,
  kecamatanAndDinsos,
  proposal,
  takeStep,
} from '../../../support/usulan.ts';
import type { MonthlyReportData } from '../../../../shared/types/reports.ts';

const net = kecamatanAndDinsos();
const at = (iso: string): number => Date.parse(iso);

async function marchReport(): Promise<MonthlyReportData> {
  const file = unwrap(
    await exportReport(net.k1.register, await as(net.k1, 'pengamat'), 'reports.exportRun', {
      month: '2026-03',
      format: 'json',
    }),
  );
  return JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8')) as MonthlyReportData;
}

describe('DTSEN section of the monthly report', () => {
  it("counts the month's proposals and steps per desa, and their kinds and states at month end", async () => {
    const { k1, dinsos } = net;
    // February: one waits for the musdes over the month's turn; another is withdrawn (finished before March).
    k1.clock.ms = at('2026-02-20T03:00:00.000Z');
    const h0 = await householdWithMember(k1, 2100);
    const p0 = await proposal(k1, h0.householdId, { personIds: [h0.personId] });
    await takeStep(k1, 'tksk', p0.id, 'siap_musdes');
    const hOld = await householdWithMember(k1, 2109);
    const old = await proposal(k1, hOld.householdId, { kind: 'sanggah' });
    await takeStep(k1, 'koordinator', old.id, 'ditarik', { reason: 'Keluarga sudah pindah (uji).' });

    // March at the kecamatan: two new proposals; the musdes of 5 March approves two and refuses one.
    k1.clock.ms = at('2026-03-04T03:00:00.000Z');
    const h1 = await householdWithMember(k1, 2101);
    const p1 = await proposal(k1, h1.householdId, { personIds: [h1.personId] });
    const h2 = await householdWithMember(k1, 2102);
    const p2 = await proposal(k1, h2.householdId, { kind: 'perbaikan_data' });
    for (const p of [p1, p2]) await takeStep(k1, 'tksk', p.id, 'siap_musdes');
    k1.clock.ms = at('2026-03-05T06:00:00.000Z');
    for (const p of [p0, p1]) {
      await takeStep(k1, 'koordinator', p.id, 'disetujui_musdes');
      await takeStep(k1, 'petugas', p.id, 'dikirim');
    }
    await takeStep(k1, 'koordinator', p2.id, 'ditolak_musdes', { reason: 'Data sudah benar (uji).' });
    expect(await carry(k1, dinsos)).toEqual([['applied', null]]);

    // March at Dinsos: one returned, the other verified, forwarded and accepted with desil 3.
    dinsos.clock.ms = at('2026-03-20T03:00:00.000Z');
    await takeStep(dinsos, 'petugas', p0.id, 'dikembalikan', { reason: 'Foto rumah belum ada (uji).' });
    await takeStep(dinsos, 'petugas', p1.id, 'diverifikasi');
    await takeStep(dinsos, 'koordinator', p1.id, 'diteruskan');
    await takeStep(dinsos, 'petugas', p1.id, 'hasil_diterima', { desil: 3, effectiveDate: '2026-03-20' });
    expect(await carry(dinsos, k1)).toEqual([['applied', null]]);

    // April: a new proposal and the returned one sent again stay out of March.
    k1.clock.ms = at('2026-04-02T03:00:00.000Z');
    await takeStep(k1, 'petugas', p0.id, 'dikirim', { evidence: ['kk', 'ktp_el', 'foto_rumah'] });
    const h3 = await householdWithMember(k1, 2103);
    await proposal(k1, h3.householdId);

    const report = await marchReport();
    expect(report.format).toBe('puskesos-laporan-bulanan/4');
    const dtsen = report.dtsen;
    const figures = {
      made: 2,
      sessions: 1,
      approvedAtMusdes: 2,
      rejectedAtMusdes: 1,
      sent: 2,
      returned: 1,
      accepted: 1,
      refused: 0,
      withdrawn: 0,
      openAtMonthEnd: 1,
    };
    expect(dtsen?.total).toEqual({ code: 'total', name: 'Jumlah', ...figures });
    expect(dtsen?.desa.find((d) => d.code === DESA_A)).toMatchObject(figures);
    expect(dtsen?.desa.find((d) => d.code === DESA_B)).toMatchObject({ made: 0, sessions: 0, sent: 0 });
    // Every desa of the kecamatan has its row, like the other tables.
    expect(dtsen?.desa.map((d) => d.code)).toEqual(report.desa.map((d) => d.code));
    const nonZero = Object.fromEntries(
      Object.entries(dtsen?.byKindAndState ?? {}).map(([kind, counts]) => [
        kind,
        Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0)),
      ]),
    );
    expect(nonZero).toEqual({
      usul_baru: { dikembalikan: 1, hasil_diterima: 1 },
      perbaikan_data: { ditolak_musdes: 1 },
      usul_keluar: {},
      sanggah: {},
    });
  });

  it("Dinsos's recap totals the signed DTSEN section of the kecamatan's March report", async () => {
    const { k1, dinsos } = net;
    const signed = await marchReport();
    unwrap(await k1.register.call(await as(k1, 'tksk'), 'reports.finalize', { month: '2026-03' }));
    expect(await carry(k1, dinsos)).toEqual([['applied', null]]);
    const recap = unwrap(
      await dinsos.register.call(await as(dinsos, 'pengamat'), 'reports.recap', { month: '2026-03' }),
    );
    expect(recap.format).toBe('puskesos-rekap-dinsos/4');
    const row = recap.rows.find((r) => r.status !== 'belum');
    expect(recap.dtsen.offices.map((o) => [o.officeId, o.figures.made, o.figures.sent])).toEqual([
      [row?.officeId, 2, 2],
    ]);
    expect(recap.dtsen.total).toEqual({ ...signed.dtsen?.total, code: 'total', name: 'Jumlah' });
    expect(recap.dtsen.byKindAndState).toEqual(signed.dtsen?.byKindAndState);
    expect(recap.dtsen.withoutSection).toBe(0);
    // The household accepted with desil 3 from 20 March is in DTSEN on the 31st; the recap totals the signed figure.
    expect(signed.dtsenListed?.total).toMatchObject({ desil1to4: 1, listed: 1 });
    expect(recap.dtsen.listed.total).toEqual({ ...signed.dtsenListed?.total, code: 'total', name: 'Jumlah' });
    expect(recap.dtsen.listed.offices.map((o) => [o.officeId, o.figures.listed])).toEqual([
      [row?.officeId, 1],
    ]);
    expect(recap.dtsen.listed.withoutSection).toBe(0);
  });
});
