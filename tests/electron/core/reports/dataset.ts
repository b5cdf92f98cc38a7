// A fixed synthetic register for the report tests (seeded, no real people): persons, PPKS, cases and referrals
// written through the synced writer, with the records kept in memory for the independent expected figures.
import { v7 } from 'uuid';
import { getOwnOfficeId } from '../../../../electron/core/office/office-repo.ts';
import { createWriter } from '../../../../electron/core/sync/writer.ts';
import type { TestOffice } from '../../../support/register.ts';

export const MONTH = '2026-03';
/** Desa of Kecamatan Jeruklegi (33.01.08) used by the data, one code inside the kecamatan but off the list, one outside. */
export const IN_DESA = ['33.01.08.2001', '33.01.08.2002', '33.01.08.2003', '33.01.08.2004'];
export const UNLISTED_DESA = '33.01.08.2999';
export const OUTSIDE_DESA = '33.01.09.2001';

export interface PersonRec {
  id: string;
  sex: 'L' | 'P';
  birthDate: string | null;
  disability: string[];
}
export interface PpksRec {
  personId: string;
  category: string;
  active: boolean;
  deleted: boolean;
}
export interface CaseRec {
  id: string;
  number: string;
  personId: string;
  kind: string;
  category: string;
  status: string;
  desa: string;
  receivedAt: string;
  closedAt: string | null;
  deleted: boolean;
}
export interface ReferralRec {
  caseId: string;
  destination: string;
  letterNumber: string;
  letterDate: string;
  outcome: string | null;
  outcomeDate: string | null;
  deleted: boolean;
}
export interface Dataset {
  persons: PersonRec[];
  ppks: PpksRec[];
  cases: CaseRec[];
  referrals: ReferralRec[];
}

/** mulberry32: a small seeded generator, so the dataset is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OPEN = ['DITERIMA', 'VERIFIKASI', 'ASESMEN', 'DITETAPKAN', 'DIRUJUK', 'MENUNGGU_TINDAK_LANJUT'];
const FINAL = ['SELESAI_DI_FO', 'SELESAI', 'TIDAK_LAYAK', 'DIBATALKAN'];
const CATEGORIES = ['DATA', 'PENYALURAN', 'PBI_JK_NONAKTIF', 'ADMINDUK', 'PPKS_DARURAT', 'LAINNYA'];
const DESTINATIONS = ['PKH', 'SEMBAKO', 'PBI_JK', 'DISDUKCAPIL', 'PUSKESMAS', 'LKS'];
const OUTCOMES = ['DALAM_PROSES', 'DITERIMA', 'DITOLAK', 'TIDAK_ADA_RESPONS'];
const PPKS_CODES = ['PPKS-01', 'PPKS-05', 'PPKS-10', 'PPKS-24', 'PPKS-26'];
const BIRTH_DATES = [
  null,
  '2022-06-10', // 0-5
  '2020-03-31', // turns 6 on the last day: 6-17
  '2020-04-01', // still 5 on the last day: 0-5
  '2012-11-20', // 6-17
  '2008-04-01', // 17 on the last day: 6-17
  '2008-03-31', // 18 on the last day: 18-59
  '1990-01-15',
  '1975-08-30',
  '1966-04-01', // 59: 18-59
  '1966-03-31', // 60: 60+
  '1940-12-01',
];

const DAY_MS = 86_400_000;
const START = Date.parse('2026-01-01T00:00:00.000Z');
const SPAN = Date.parse('2026-04-25T00:00:00.000Z') - START;
/** Instants around the month's edges in WIB (UTC+7). */
const EDGES = [
  '2026-02-28T16:59:59.000Z', // 23:59:59 on 28 Feb WIB: February
  '2026-02-28T17:00:00.000Z', // 00:00 on 1 Mar WIB: March
  '2026-03-31T16:59:59.000Z', // last second of March WIB
  '2026-03-31T17:00:00.000Z', // 1 Apr WIB
  '2026-03-10T03:00:00.000Z', // in a desa off the official list (next line)
];
/** The case index that lies in UNLISTED_DESA. */
const UNLISTED_CASE = 4;

const dayOf = (ms: number): string => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);

export async function writeDataset(office: TestOffice, seed = 20260331): Promise<Dataset> {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const { db, now } = office.register.deps;
  const ds: Dataset = { persons: [], ppks: [], cases: [], referrals: [] };
  await db.transaction().execute(async (trx) => {
    const officeId = await getOwnOfficeId(trx);
    if (!officeId) throw new Error('the office is not set up');
    const w = createWriter(trx, officeId, now);
    for (let i = 0; i < 48; i++) {
      const p: PersonRec = {
        id: v7(),
        sex: rnd() < 0.5 ? 'L' : 'P',
        birthDate: BIRTH_DATES[i % BIRTH_DATES.length] ?? null,
        disability: rnd() < 0.2 ? [pick(['FISIK', 'SENSORIK', 'MENTAL'])] : [],
      };
      ds.persons.push(p);
      await w.insert('persons', {
        id: p.id,
        household_id: null,
        nik: null,
        name: `Warga Laporan ${i + 1}`,
        name_norm: `warga laporan ${i + 1}`,
        sex: p.sex,
        birth_place: null,
        birth_date: p.birthDate,
        relationship: null,
        religion: null,
        marital_status: null,
        education: null,
        occupation: null,
        disability_types: JSON.stringify(p.disability),
        padan_dukcapil: 'unknown',
        dtsen_status: 'tidak_diketahui',
        phone: null,
        desa_code: pick(IN_DESA),
        nik_override_reason: null,
        notes: null,
      });
    }
    for (let i = 0; i < 30; i++) {
      const r: PpksRec = {
        personId: pick(ds.persons).id,
        category: pick(PPKS_CODES),
        active: rnd() < 0.75,
        deleted: rnd() < 0.1,
      };
      ds.ppks.push(r);
      const id = v7();
      await w.insert('ppks_assignments', {
        id,
        person_id: r.personId,
        category: r.category,
        disability_type: null,
        since: '2025-06-01',
        source: 'Data uji',
        active: r.active ? 1 : 0,
      });
      if (r.deleted) await w.remove('ppks_assignments', id);
    }
    for (let i = 0; i < 160; i++) {
      const receivedMs = i < EDGES.length ? Date.parse(EDGES[i] ?? '') : START + Math.floor(rnd() * SPAN);
      const final = rnd() < 0.55;
      const closedMs = final ? receivedMs + Math.floor(rnd() * 40 * DAY_MS) : null;
      const desaRoll = rnd();
      const c: CaseRec = {
        id: v7(),
        number: `33.01.08/2026/${String(i + 1).padStart(4, '0')}`,
        personId: ds.persons[Math.floor(rnd() * rnd() * ds.persons.length)]?.id ?? '',
        kind: rnd() < 0.6 ? 'LAYANAN' : 'KELUHAN',
        category: pick(CATEGORIES),
        status: final ? pick(FINAL) : pick(OPEN),
        desa:
          i === UNLISTED_CASE || (desaRoll >= 0.08 && desaRoll < 0.12)
            ? UNLISTED_DESA
            : desaRoll < 0.08
              ? OUTSIDE_DESA
              : pick(IN_DESA),
        receivedAt: new Date(receivedMs).toISOString(),
        closedAt: closedMs === null ? null : new Date(closedMs).toISOString(),
        deleted: rnd() < 0.04 && i !== UNLISTED_CASE,
      };
      ds.cases.push(c);
      await w.insert('cases', {
        id: c.id,
        case_number: c.number,
        case_year: 2026,
        case_seq: i + 1,
        kind: c.kind,
        sub_kind: c.kind === 'KELUHAN' ? 'PENGADUAN' : null,
        category: c.category,
        sub_category: null,
        channel: 'DATANG_LANGSUNG',
        fast_track: 0,
        fast_track_reason: null,
        beneficiary_id: c.personId,
        reporter_id: null,
        reporter_name: null,
        description: 'Kasus uji laporan.',
        assigned_to: null,
        status: c.status,
        desa_code: c.desa,
        received_at: c.receivedAt,
        closed_at: c.closedAt,
      });
      if (c.deleted) await w.remove('cases', c.id);
    }
    for (let i = 0; i < 70; i++) {
      const c = pick(ds.cases);
      const letterDate = dayOf(Date.parse(c.receivedAt) + Math.floor(rnd() * 12) * DAY_MS);
      const answered = rnd() < 0.5;
      const r: ReferralRec = {
        caseId: c.id,
        destination: pick(DESTINATIONS),
        letterNumber: `${String(i + 1).padStart(3, '0')}/RUJ/33.01.08/2026`,
        letterDate,
        outcome: answered ? pick(OUTCOMES) : null,
        outcomeDate: answered
          ? dayOf(Date.parse(`${letterDate}T05:00:00Z`) + Math.floor(rnd() * 30) * DAY_MS)
          : null,
        deleted: rnd() < 0.05,
      };
      ds.referrals.push(r);
      const id = v7();
      await w.insert('referrals', {
        id,
        case_id: r.caseId,
        destination: r.destination,
        letter_number: r.letterNumber,
        letter_date: r.letterDate,
        reason: 'Rujukan uji.',
        status: r.outcome === 'DITERIMA' || r.outcome === 'DITOLAK' ? 'SELESAI' : 'TERKIRIM',
        outcome: r.outcome,
        outcome_date: r.outcomeDate,
        outcome_note: null,
      });
      if (r.deleted) await w.remove('referrals', id);
    }
  });
  return ds;
}
