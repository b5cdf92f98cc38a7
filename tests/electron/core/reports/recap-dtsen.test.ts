// The recap's DTSEN section: the counted offices' signed figures summed; a version without the section is counted apart.
import { describe, expect, it } from 'vitest';
import { recapDtsen } from '../../../../electron/core/reports/recap-dtsen.ts';
import {
  monthlyFixture,
  monthlyFixtureV1,
  monthlyFixtureV2,
  recapFixture,
} from '../../../support/report-fixtures.ts';

describe('recapDtsen', () => {
  it('adds each office once, names it, sums kinds and states, and counts the format-1 versions apart', () => {
    const [a, b, c] = recapFixture().rows;
    if (!a || !b || !c) throw new Error('three rows expected');
    const withSection = monthlyFixtureV2();
    const d = recapDtsen(
      [a, b, c],
      new Map([
        [a.officeId, withSection],
        [b.officeId, withSection],
        [c.officeId, monthlyFixtureV1()],
      ]),
    );
    expect(d.offices.map((o) => [o.officeName, o.figures.code, o.figures.made])).toEqual([
      [a.officeName, a.regionCode, 6],
      [b.officeName, b.regionCode, 6],
    ]);
    expect(d.withoutSection).toBe(1);
    expect([d.total.code, d.total.made, d.total.openAtMonthEnd, d.total.refused]).toEqual([
      'total',
      12,
      12,
      2,
    ]);
    expect(d.byKindAndState.usul_baru?.dikirim).toBe(4);
    expect(d.byKindAndState.perbaikan_data?.hasil_ditolak).toBe(2);
    // The offices' own sections are left as they were signed.
    expect(withSection.dtsen?.total.made).toBe(6);
    expect(withSection.dtsen?.byKindAndState.usul_baru?.dikirim).toBe(2);
  });

  it('sums the households in DTSEN of the versions signed in format 4 and counts the older ones apart', () => {
    const [a, b, c] = recapFixture().rows;
    if (!a || !b || !c) throw new Error('three rows expected');
    const d = recapDtsen(
      [a, b, c],
      new Map([
        [a.officeId, monthlyFixture()],
        [b.officeId, monthlyFixture()],
        [c.officeId, monthlyFixtureV2()],
      ]),
    );
    expect(d.listed.offices.map((o) => [o.officeName, o.figures.code, o.figures.listed])).toEqual([
      [a.officeName, a.regionCode, 93],
      [b.officeName, b.regionCode, 93],
    ]);
    expect(d.listed.total).toEqual({
      code: 'total',
      name: 'Jumlah',
      desil1to4: 116,
      desil5: 22,
      desil6to10: 42,
      desilUnknown: 6,
      listed: 186,
    });
    expect(d.listed.withoutSection).toBe(1);
    // The format-2 version still adds its proposals.
    expect(d.offices).toHaveLength(3);
  });
});
