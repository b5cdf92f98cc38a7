// Hand-made, synthetic MonthlyReportData and RecapData for the document tests (no real people, invented names).
import type {
  DesaFigures,
  MonthlyReportData,
  OfficeFigures,
  RecapData,
  RecapRow,
} from '../../shared/types/reports.ts';
import { dtsenFixture, dtsenListedFixture } from './report-dtsen-fixture.ts';
import { recapDtsen } from '../../electron/core/reports/recap-dtsen.ts';

export const INJECTED = '=HYPERLINK("http://x","y")';

interface DesaInput {
  code: string;
  name: string;
  persons: number;
  contacts: number;
  newPersons: number;
  L: number;
  ages: [number, number, number, number, number];
  disability: number;
  ppks: Record<string, number>;
  received: number;
  closedAtDesk: number;
  closed: number;
  open: number;
  layanan: number;
  categories: Record<string, number>;
  referrals: Record<string, number>;
  outcomes: Record<string, number>;
  open14: number;
}

function desa(d: DesaInput): DesaFigures {
  const [a, b, c, e, f] = d.ages;
  return {
    code: d.code,
    name: d.name,
    served: {
      persons: d.persons,
      contacts: d.contacts,
      newPersons: d.newPersons,
      returningPersons: d.persons - d.newPersons,
      bySex: { L: d.L, P: d.persons - d.L },
      byAgeGroup: { '0-5': a, '6-17': b, '18-59': c, '60+': e, tidak_diketahui: f },
      withDisability: d.disability,
      byPpks: d.ppks,
    },
    cases: {
      received: d.received,
      closedAtDesk: d.closedAtDesk,
      closed: d.closed,
      openAtMonthEnd: d.open,
      receivedByKind: { LAYANAN: d.layanan, KELUHAN: d.received - d.layanan },
      receivedByCategory: d.categories,
    },
    referrals: {
      made: Object.values(d.referrals).reduce((s, v) => s + v, 0),
      byDestination: d.referrals,
      byOutcome: d.outcomes,
      openOlderThan14Days: d.open14,
    },
  };
}

const sumCounts = (list: Record<string, number>[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const c of list) for (const [k, v] of Object.entries(c)) out[k] = (out[k] ?? 0) + v;
  return out;
};

/** The office's total as the sum of its desa (every person belongs to exactly one desa here). */
function totalOf(list: DesaFigures[], name: string): DesaFigures {
  const n = (f: (d: DesaFigures) => number): number => list.reduce((s, d) => s + f(d), 0);
  return {
    code: 'total',
    name,
    served: {
      persons: n((d) => d.served.persons),
      contacts: n((d) => d.served.contacts),
      newPersons: n((d) => d.served.newPersons),
      returningPersons: n((d) => d.served.returningPersons),
      bySex: { L: n((d) => d.served.bySex.L), P: n((d) => d.served.bySex.P) },
      byAgeGroup: {
        '0-5': n((d) => d.served.byAgeGroup['0-5']),
        '6-17': n((d) => d.served.byAgeGroup['6-17']),
        '18-59': n((d) => d.served.byAgeGroup['18-59']),
        '60+': n((d) => d.served.byAgeGroup['60+']),
        tidak_diketahui: n((d) => d.served.byAgeGroup.tidak_diketahui),
      },
      withDisability: n((d) => d.served.withDisability),
      byPpks: sumCounts(list.map((d) => d.served.byPpks)),
    },
    cases: {
      received: n((d) => d.cases.received),
      closedAtDesk: n((d) => d.cases.closedAtDesk),
      closed: n((d) => d.cases.closed),
      openAtMonthEnd: n((d) => d.cases.openAtMonthEnd),
      receivedByKind: sumCounts(list.map((d) => d.cases.receivedByKind)),
      receivedByCategory: sumCounts(list.map((d) => d.cases.receivedByCategory)),
    },
    referrals: {
      made: n((d) => d.referrals.made),
      byDestination: sumCounts(list.map((d) => d.referrals.byDestination)),
      byOutcome: sumCounts(list.map((d) => d.referrals.byOutcome)),
      openOlderThan14Days: n((d) => d.referrals.openOlderThan14Days),
    },
  };
}

const DESA: DesaFigures[] = [
  desa({
    code: '33.01.08.2001',
    name: 'Sukamaju Uji',
    persons: 17,
    contacts: 21,
    newPersons: 11,
    L: 8,
    ages: [2, 4, 7, 3, 1],
    disability: 3,
    ppks: { 'PPKS-08': 2, 'PPKS-09': 3 },
    received: 21,
    closedAtDesk: 5,
    closed: 12,
    open: 13,
    layanan: 14,
    categories: { DATA: 9, PENYALURAN: 5, PBI_JK_NONAKTIF: 4, ADMINDUK: 3 },
    referrals: { PKH: 4, DISDUKCAPIL: 2 },
    outcomes: { belum: 3, DITERIMA: 2, DITOLAK: 1 },
    open14: 2,
  }),
  desa({
    code: '33.01.08.2002',
    name: 'Mekarsari Contoh',
    persons: 9,
    contacts: 10,
    newPersons: 6,
    L: 5,
    ages: [0, 2, 5, 2, 0],
    disability: 1,
    ppks: { 'PPKS-09': 1 },
    received: 10,
    closedAtDesk: 3,
    closed: 7,
    open: 6,
    layanan: 6,
    categories: { DATA: 4, PENDIDIKAN: 2, PERUMAHAN: 1, LAINNYA: 3 },
    referrals: { BPJS_KESEHATAN: 3 },
    outcomes: { DALAM_PROSES: 2, TIDAK_ADA_RESPONS: 1 },
    open14: 1,
  }),
  desa({
    code: '33.01.08.1003',
    name: 'Kelurahan Fiktif',
    persons: 0,
    contacts: 0,
    newPersons: 0,
    L: 0,
    ages: [0, 0, 0, 0, 0],
    disability: 0,
    ppks: {},
    received: 0,
    closedAtDesk: 0,
    closed: 0,
    open: 1,
    layanan: 0,
    categories: {},
    referrals: {},
    outcomes: {},
    open14: 0,
  }),
];

/** A kecamatan office and the two desa Puskesos below it, whose figures add up to the report's `total`. */
function officesOf(total: DesaFigures): OfficeFigures[] {
  const below = (n: number, name: string, f: [number, number, number, number, number]): OfficeFigures => ({
    officeId: `01900000-0000-7000-8000-00000000000${n}`,
    name,
    relation: 'below',
    casesReceived: f[0],
    casesClosed: f[1],
    openAtMonthEnd: f[2],
    referralsMade: f[3],
    openReferralsOver14: f[4],
  });
  const desa = [
    below(2, 'Puskesos Desa Sukamaju Uji', [12, 7, 5, 3, 1]),
    below(3, 'Puskesos Desa Mekarsari', [5, 3, 3, 1, 0]),
  ];
  const rest = (k: keyof Omit<OfficeFigures, 'officeId' | 'name' | 'relation'>, all: number): number =>
    all - desa.reduce((sum, d) => sum + d[k], 0);
  return [
    {
      officeId: '01900000-0000-7000-8000-000000000001',
      name: 'Puskesos Kecamatan Contoh',
      relation: 'self',
      casesReceived: rest('casesReceived', total.cases.received),
      casesClosed: rest('casesClosed', total.cases.closed),
      openAtMonthEnd: rest('openAtMonthEnd', total.cases.openAtMonthEnd),
      referralsMade: rest('referralsMade', total.referrals.made),
      openReferralsOver14: rest('openReferralsOver14', total.referrals.openOlderThan14Days),
    },
    ...desa,
  ];
}

/**
 * A kecamatan office's report for March 2026 (WIB), format 4 (with the DTSEN section, the breakdown by office:
 * two desa Puskesos below it, and the households in DTSEN by desil), with an injected formula in an activity result and the obstacles.
 */
export function monthlyFixture(): MonthlyReportData {
  const total = totalOf(DESA, 'Puskesos Kecamatan Contoh');
  return {
    format: 'puskesos-laporan-bulanan/4',
    office: {
      id: '01900000-0000-7000-8000-000000000001',
      type: 'kecamatan',
      name: 'Puskesos Kecamatan Contoh',
      regionCode: '33.01.08',
      regionName: 'Contoh Raya',
      address: 'Jl. Percobaan No. 1',
    },
    regionPath: [
      { code: '33', name: 'Jawa Tengah' },
      { code: '33.01', name: 'Kabupaten Cilacap' },
    ],
    period: { month: '2026-03', firstDay: '2026-03-01', lastDay: '2026-03-31', zone: 'Asia/Jakarta' },
    compiledAt: '2026-04-02T03:15:00.000Z',
    compiledBy: { name: 'Petugas Tksk Uji', role: 'tksk' },
    desa: DESA,
    total,
    openReferrals: [
      {
        caseNumber: '33.01.08/2026/00007',
        letterNumber: '003/RUJ/33.01.08/III/2026',
        letterDate: '2026-03-04',
        destination: 'PKH',
        desaName: 'Sukamaju Uji',
        daysOpen: 27,
      },
      {
        caseNumber: '33.01.08/2026/00011',
        letterNumber: '005/RUJ/33.01.08/III/2026',
        letterDate: '2026-03-12',
        destination: 'BPJS_KESEHATAN',
        desaName: 'Mekarsari Contoh',
        daysOpen: 19,
      },
    ],
    durationDays: { closedCases: 19, median: 6.5, p90: 23 },
    activities: [
      {
        id: 'a1',
        date: '2026-03-03',
        type: 'kunjungan_rumah',
        desaCode: '33.01.08.2001',
        desaName: 'Sukamaju Uji',
        targetGroup: 'Lansia terlantar',
        result: INJECTED,
        note: null,
        authorName: 'Petugas Tksk Uji',
      },
      {
        id: 'a2',
        date: '2026-03-17',
        type: 'rapat_koordinasi',
        desaCode: null,
        desaName: null,
        targetGroup: 'Kepala desa se-kecamatan',
        result: 'Sepakat jadwal verifikasi DTSEN',
        note: '+ tindak lanjut April',
        authorName: 'Petugas Tksk Uji',
      },
    ],
    obstacles: '-Jaringan internet desa terputus tiga hari.',
    recommendations: '@Dinsos: mohon blanko KKS tambahan.',
    dtsen: dtsenFixture(),
    offices: officesOf(total),
    dtsenListed: dtsenListedFixture(),
  };
}

/** The same month as a version finalized in format 3 was signed: no households in DTSEN by desil. */
export function monthlyFixtureV3(): MonthlyReportData {
  const { dtsenListed: _dropped, ...rest } = monthlyFixture();
  return { ...rest, format: 'puskesos-laporan-bulanan/3' };
}

/** The same month as a version finalized in format 2 was signed: no breakdown by office. */
export function monthlyFixtureV2(): MonthlyReportData {
  const { offices: _dropped, ...rest } = monthlyFixtureV3();
  return { ...rest, format: 'puskesos-laporan-bulanan/2' };
}

/** The same month as a version finalized in format 1 was signed: no DTSEN section, no breakdown by office. */
export function monthlyFixtureV1(): MonthlyReportData {
  const { dtsen: _dropped, ...rest } = monthlyFixtureV2();
  return { ...rest, format: 'puskesos-laporan-bulanan/1' };
}

const row = (
  n: number,
  status: RecapRow['status'],
  version: number | null,
  totals: RecapRow['totals'],
): RecapRow => ({
  officeId: `01900000-0000-7000-8000-00000000010${n}`,
  officeName: `Puskesos Kecamatan Uji ${n}`,
  regionCode: `33.01.0${n}`,
  status,
  version,
  finalizedAt: status === 'belum' ? null : `2026-04-0${n + 1}T02:00:00.000Z`,
  receivedAt:
    status === 'belum' ? null : `2026-04-${status === 'terlambat' ? '14' : '0' + (n + 2)}T05:00:00.000Z`,
  upstreamId: null,
  desaOffices: 0,
  counted: true,
  totals,
});

/** A Dinsos recap for March 2026: two on time (one at version 2), one late, one missing. */
export function recapFixture(): RecapData {
  const rows: RecapRow[] = [
    row(1, 'tepat_waktu', 2, {
      persons: 26,
      contacts: 31,
      casesReceived: 31,
      casesClosed: 19,
      referrals: 9,
      openReferralsOver14: 3,
    }),
    row(2, 'tepat_waktu', 1, {
      persons: 14,
      contacts: 15,
      casesReceived: 15,
      casesClosed: 8,
      referrals: 4,
      openReferralsOver14: 1,
    }),
    row(3, 'terlambat', 1, {
      persons: 7,
      contacts: 8,
      casesReceived: 8,
      casesClosed: 5,
      referrals: 2,
      openReferralsOver14: 0,
    }),
    row(4, 'belum', null, null),
  ];
  return {
    format: 'puskesos-rekap-dinsos/4',
    office: {
      id: '01900000-0000-7000-8000-000000000100',
      name: 'Dinas Sosial Kabupaten Cilacap',
      regionCode: '33.01',
      regionName: 'Kabupaten Cilacap',
    },
    period: { month: '2026-03', deadline: '2026-04-10' },
    compiledAt: '2026-04-15T02:00:00.000Z',
    rows,
    totals: {
      persons: 47,
      contacts: 54,
      casesReceived: 54,
      casesClosed: 32,
      referrals: 15,
      openReferralsOver14: 4,
    },
    linkedOverlap: 0,
    missing: [
      { officeId: rows[3]?.officeId ?? '', officeName: 'Puskesos Kecamatan Uji 4', regionCode: '33.01.04' },
    ],
    // Kecamatan 1 and 2 signed the DTSEN section (the same figures), kecamatan 1 in format 4 with the households in
    // DTSEN by desil; kecamatan 3's version predates both.
    dtsen: recapDtsen(
      rows.filter((r) => r.status !== 'belum'),
      new Map([
        [rows[0]?.officeId ?? '', { ...monthlyFixture() }],
        [rows[1]?.officeId ?? '', { ...monthlyFixtureV2() }],
      ]),
    ),
  };
}
