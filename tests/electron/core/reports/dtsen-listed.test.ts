// The monthly report's households in DTSEN on the month's last day, by desil band, from each household's DTSEN history.
import { describe, expect, it } from 'vitest';
import { as } from '../../../support/cases.ts';
import { DESA_A, makeNoKk } from '../../../support/persons.ts';
import { unwrap } from '../../../support/register.ts';
import { exportReport } from '../../../support/report-export.ts';
import {
  carry,
  householdWithMember,
  kecamatanAndDinsos,
  proposal,
  takeStep,
} from '../../../support/usulan.ts';
import type { UsulanKind } from '../../../../shared/reference/usulan.ts';
import type { DtsenListedFigures, MonthlyReportData } from '../../../../shared/types/reports.ts';

const net = kecamatanAndDinsos();
const at = (iso: string): number => Date.parse(iso);

async function report(month: string): Promise<MonthlyReportData> {
  const file = unwrap(
    await exportReport(net.k1.register, await as(net.k1, 'pengamat'), 'reports.exportRun', {
      month,
      format: 'json',
    }),
  );
  return JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8')) as MonthlyReportData;
}

/** A proposal through the musdes and Dinsos to an accepted result, back at the kecamatan. */
async function accepted(
  householdId: string,
  kind: UsulanKind,
  desil: number | undefined,
  effectiveDate: string,
) {
  const { k1, dinsos } = net;
  const u = await proposal(k1, householdId, { kind });
  await takeStep(k1, 'tksk', u.id, 'siap_musdes');
  await takeStep(k1, 'koordinator', u.id, 'disetujui_musdes');
  await takeStep(k1, 'petugas', u.id, 'dikirim');
  expect(await carry(k1, dinsos)).toEqual([['applied', null]]);
  dinsos.clock.ms = k1.clock.ms;
  await takeStep(dinsos, 'petugas', u.id, 'diverifikasi');
  await takeStep(dinsos, 'koordinator', u.id, 'diteruskan');
  await takeStep(dinsos, 'petugas', u.id, 'hasil_diterima', { ...(desil ? { desil } : {}), effectiveDate });
  expect(await carry(dinsos, k1)).toEqual([['applied', null]]);
}

async function typed(householdId: string, changes: { dtsenDesil?: number | null; dtsenId?: string | null }) {
  const petugas = await as(net.k1, 'petugas');
  unwrap(await net.k1.register.call(petugas, 'households.update', { id: householdId, changes }));
}

const bands = (f: DtsenListedFigures | undefined) =>
  f && [f.desil1to4, f.desil5, f.desil6to10, f.desilUnknown, f.listed];

describe('households in DTSEN in the monthly report', () => {
  it('counts each household by the history entry in force on the last day, results by their effective date', async () => {
    const { k1 } = net;
    k1.clock.ms = at('2026-02-10T03:00:00.000Z');
    const typedEarly = await householdWithMember(k1, 2201);
    await typed(typedEarly.householdId, { dtsenDesil: 3 });
    const inMarch = await householdWithMember(k1, 2202);
    const inApril = await householdWithMember(k1, 2203);
    const leaves = await householdWithMember(k1, 2204);
    await typed(leaves.householdId, { dtsenDesil: 7 });
    const idOnly = await householdWithMember(k1, 2205);
    await typed(idOnly.householdId, { dtsenId: 'DTSEN-UJI-2205' });
    await householdWithMember(k1, 2206); // never in DTSEN

    k1.clock.ms = at('2026-03-03T03:00:00.000Z');
    // Registered with its desil: the register's value from the registration day.
    const petugas = await as(k1, 'petugas');
    unwrap(
      await k1.register.call(petugas, 'households.create', {
        noKk: makeNoKk(2208),
        desaCode: DESA_A,
        address: 'Jl. Desil Uji No. 8',
        dtsenDesil: 9,
      }),
    );
    await accepted(inMarch.householdId, 'usul_baru', 5, '2026-03-15');
    // Recorded in March, in force from April: not yet on 31 March (its register value before is overwritten).
    await accepted(inApril.householdId, 'usul_baru', 2, '2026-04-01');
    await accepted(leaves.householdId, 'usul_keluar', undefined, '2026-03-10');

    // Typed after March ended: not in March's count, in April's from the day typed.
    k1.clock.ms = at('2026-04-05T03:00:00.000Z');
    const typedLate = await householdWithMember(k1, 2207);
    await typed(typedLate.householdId, { dtsenDesil: 8 });

    const march = await report('2026-03');
    expect(march.format).toBe('puskesos-laporan-bulanan/4');
    expect(march.dtsenListed?.day).toBe('2026-03-31');
    const marchA = march.dtsenListed?.desa.find((d) => d.code === DESA_A);
    // desil 3 typed, desil 5 from 15 March, desil 9 registered, the DTSEN id without a desil; the one who left is out.
    expect(bands(marchA)).toEqual([1, 1, 1, 1, 4]);
    expect(bands(march.dtsenListed?.total)).toEqual([1, 1, 1, 1, 4]);
    expect(march.dtsenListed?.desa.every((d) => d.code === DESA_A || d.listed === 0)).toBe(true);

    const april = await report('2026-04');
    expect(bands(april.dtsenListed?.total)).toEqual([2, 1, 2, 1, 6]);

    // Dinsos recomputes the kecamatan's month from its merged register to the same figures, so a signed version stays
    // "final" there: the rows arrive in April (their created_at is the arrival there) with clocks compacted its way.
    unwrap(await k1.register.call(await as(k1, 'tksk'), 'reports.finalize', { month: '2026-03' }));
    net.dinsos.clock.ms = at('2026-04-20T03:00:00.000Z');
    expect(await carry(k1, net.dinsos)).toEqual([['applied', null]]);
    const atDinsos = unwrap(
      await net.dinsos.register.call(await as(net.dinsos, 'pengamat'), 'reports.monthly', {
        month: '2026-03',
        officeId: march.office.id,
      }),
    );
    expect(atDinsos.data.dtsenListed).toEqual(march.dtsenListed);
    expect(atDinsos.state.kind).toBe('final');
  });
});
