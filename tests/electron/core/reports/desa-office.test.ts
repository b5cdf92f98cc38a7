// A desa Puskesos's monthly report keeps its kecamatan in the region path, so the Camat is named in the signature.
import { afterAll, describe, expect, it } from 'vitest';
import { computeMonthlyReport } from '../../../../electron/core/reports/compute.ts';
import { monthlyReportLayout } from '../../../../shared/report-layout/monthly.ts';
import { openSetUpOffice, removeTempDirs, SETUP_INPUT, T0 } from '../../../support/register.ts';

afterAll(removeTempDirs);

describe('monthly report of a desa office', () => {
  it('names the Camat of its kecamatan; a kecamatan office keeps province and kabupaten only', async () => {
    const desa = await openSetUpOffice({
      setup: { ...SETUP_INPUT, officeType: 'desa', regionCode: '33.01.08.2001', name: 'Puskesos Desa Uji' },
    });
    const kec = await openSetUpOffice();
    try {
      const opts = { month: '2026-02', now: T0, compiledBy: null };
      const d = await computeMonthlyReport(desa.register.deps.db, opts);
      expect(d.regionPath.map((r) => r.code)).toEqual(['33', '33.01', '33.01.08']);
      expect(monthlyReportLayout(d).signature.left.title).toEqual(['Mengetahui,', 'Camat Jeruklegi']);
      const k = await computeMonthlyReport(kec.register.deps.db, opts);
      expect(k.regionPath.map((r) => r.code)).toEqual(['33', '33.01']);
      expect(monthlyReportLayout(k).signature.left.title).toEqual(['Mengetahui,', 'Camat Jeruklegi']);
    } finally {
      await desa.dispose();
      await kec.dispose();
    }
  });
});
