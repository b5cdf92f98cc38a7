// A hand-made DTSEN section (format 2) of the monthly report fixture: two desa with proposals, one with none.
import { USULAN_STATES } from '../../shared/reference/usulan.ts';
import type {
  Counts,
  DtsenFigures,
  DtsenListedFigures,
  DtsenListedSection,
  DtsenSection,
} from '../../shared/types/reports.ts';

type Numbers = [number, number, number, number, number, number, number, number, number, number];

/** made, sessions, approved, rejected at musdes, sent, returned, accepted, refused, withdrawn, open at month end. */
function row(code: string, name: string, n: Numbers): DtsenFigures {
  const [
    made,
    sessions,
    approvedAtMusdes,
    rejectedAtMusdes,
    sent,
    returned,
    accepted,
    refused,
    withdrawn,
    open,
  ] = n;
  return {
    code,
    name,
    made,
    sessions,
    approvedAtMusdes,
    rejectedAtMusdes,
    sent,
    returned,
    accepted,
    refused,
    withdrawn,
    openAtMonthEnd: open,
  };
}

const states = (some: Counts): Counts => ({
  ...Object.fromEntries(USULAN_STATES.map((s) => [s, 0])),
  ...some,
});

export function dtsenFixture(): DtsenSection {
  return {
    desa: [
      row('33.01.08.1003', 'Kelurahan Fiktif', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      row('33.01.08.2001', 'Sukamaju Uji', [5, 1, 3, 1, 2, 1, 1, 0, 0, 4]),
      row('33.01.08.2002', 'Mekarsari Contoh', [1, 0, 0, 0, 1, 0, 0, 1, 1, 2]),
    ],
    total: row('total', 'Jumlah', [6, 1, 3, 1, 3, 1, 1, 1, 1, 6]),
    byKindAndState: {
      usul_baru: states({
        siap_musdes: 1,
        ditolak_musdes: 1,
        dikirim: 2,
        dikembalikan: 1,
        hasil_diterima: 1,
      }),
      perbaikan_data: states({ draft: 1, hasil_ditolak: 1 }),
      usul_keluar: states({ ditarik: 1, diteruskan: 1 }),
      sanggah: states({}),
    },
  };
}

const listed = (
  code: string,
  name: string,
  [a, b, c, d]: [number, number, number, number],
): DtsenListedFigures => ({
  code,
  name,
  desil1to4: a,
  desil5: b,
  desil6to10: c,
  desilUnknown: d,
  listed: a + b + c + d,
});

/** The households in DTSEN on 31 March (format 4): two desa with some, one with none. */
export function dtsenListedFixture(): DtsenListedSection {
  return {
    day: '2026-03-31',
    desa: [
      listed('33.01.08.1003', 'Kelurahan Fiktif', [0, 0, 0, 0]),
      listed('33.01.08.2001', 'Sukamaju Uji', [41, 7, 12, 3]),
      listed('33.01.08.2002', 'Mekarsari Contoh', [17, 4, 9, 0]),
    ],
    total: listed('total', 'Jumlah', [58, 11, 21, 3]),
  };
}
