// Gathers everything the register holds about one resident into the export object (live rows only).
import type { DbOrTrx } from '../db/database.ts';
import { CoreError } from '../errors.ts';
import { getOwnOffice } from '../office/office-repo.ts';
import { resolveRegion } from '../regions/regions.ts';
import { CASE_KINDS } from '../../../shared/reference/index.ts';
import { regionLine } from './format.ts';
import * as map from './person-data-map.ts';
import { loadAttachmentRecords } from './person-data-attachments.ts';
import type { CaseRecord, PersonDataExport, ProcessingRecord } from './person-data-types.ts';

export const LEGAL_BASIS =
  'Salinan ini diberikan atas permintaan warga sebagai subjek data pribadi, untuk memenuhi hak mendapatkan ' +
  'akses dan memperoleh salinan data pribadi tentang dirinya beserta rekam jejak pemrosesannya ' +
  '(Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, Pasal 7 dan Pasal 32). Data ini ' +
  'diproses untuk penyelenggaraan Sistem Layanan dan Rujukan Terpadu (Permensos Nomor 15 Tahun 2018).';

export const SCOPE =
  'Memuat identitas warga, data keluarga (KK) beserta riwayat No KK, kategori PPKS, kepesertaan program, ' +
  'kasus layanan/keluhan beserta riwayat, rujukan dan tindak lanjutnya, daftar lampiran (dokumen yang ' +
  'disimpan), serta catatan akses petugas. Data ' +
  'pribadi anggota keluarga lain dan identitas pelapor pihak lain tidak disertakan (UU 27/2022 Pasal 33).';

const regionOf = async (code: string): Promise<string> => regionLine(code, await resolveRegion(code));

async function loadCases(db: DbOrTrx, personId: string): Promise<CaseRecord[]> {
  const cases = await db
    .selectFrom('cases')
    .selectAll()
    .where('beneficiary_id', '=', personId)
    .where('deleted', '=', 0)
    .orderBy('received_at')
    .orderBy('case_year')
    .orderBy('case_seq')
    .orderBy('id')
    .execute();
  const ids = cases.map((c) => c.id);
  if (ids.length === 0) return [];
  const [events, referrals, followUps] = await Promise.all([
    db
      .selectFrom('case_events')
      .selectAll()
      .where('case_id', 'in', ids)
      .where('deleted', '=', 0)
      .orderBy('at')
      .orderBy('hlc')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('referrals')
      .selectAll()
      .where('case_id', 'in', ids)
      .where('deleted', '=', 0)
      .orderBy('letter_date')
      .orderBy('hlc')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('follow_ups')
      .selectAll()
      .where('case_id', 'in', ids)
      .where('deleted', '=', 0)
      .orderBy('due_date')
      .orderBy('hlc')
      .orderBy('id')
      .execute(),
  ]);
  return cases.map((c) =>
    map.caseRecord(c, personId, {
      events: events.filter((e) => e.case_id === c.id).map(map.eventRecord),
      referrals: referrals.filter((r) => r.case_id === c.id).map(map.referralRecord),
      followUps: followUps.filter((f) => f.case_id === c.id).map(map.followUpRecord),
    }),
  );
}

/** Audit entries naming any of the resident's records, oldest first. */
async function loadProcessing(db: DbOrTrx, entityIds: string[]): Promise<ProcessingRecord[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select(['at', 'action', 'outcome', 'username', 'role', 'entity_type', 'detail'])
    .where('entity_id', 'in', entityIds)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    at: r.at,
    action: r.action,
    outcome: r.outcome,
    username: r.username,
    role: r.role,
    entityType: r.entity_type,
    detail: r.detail,
  }));
}

export async function loadPersonData(db: DbOrTrx, personId: string, now: number): Promise<PersonDataExport> {
  const person = await db
    .selectFrom('persons')
    .selectAll()
    .where('id', '=', personId)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (!person) throw new CoreError('NOT_FOUND', 'Data warga tidak ditemukan.');
  const office = await getOwnOffice(db);
  if (!office) throw new CoreError('NOT_FOUND', 'Data kantor tidak ditemukan.');

  const hh = person.household_id
    ? await db
        .selectFrom('households')
        .selectAll()
        .where('id', '=', person.household_id)
        .where('deleted', '=', 0)
        .executeTakeFirst()
    : undefined;
  const kkHistory = hh
    ? await db
        .selectFrom('household_kk_history')
        .select(['id', 'no_kk', 'valid_from', 'reason'])
        .where('household_id', '=', hh.id)
        .where('deleted', '=', 0)
        .orderBy('valid_from')
        .orderBy('hlc')
        .orderBy('id')
        .execute()
    : [];
  const [ppks, programs, cases, reported] = await Promise.all([
    db
      .selectFrom('ppks_assignments')
      .selectAll()
      .where('person_id', '=', personId)
      .where('deleted', '=', 0)
      .orderBy('since')
      .orderBy('hlc')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('program_memberships')
      .selectAll()
      .where('person_id', '=', personId)
      .where('deleted', '=', 0)
      .orderBy('created_at')
      .orderBy('hlc')
      .orderBy('id')
      .execute(),
    loadCases(db, personId),
    db
      .selectFrom('cases')
      .select(['case_number', 'received_at', 'kind'])
      .where('reporter_id', '=', personId)
      .where('beneficiary_id', '!=', personId)
      .where('deleted', '=', 0)
      .orderBy('received_at')
      .orderBy('case_number')
      .execute(),
  ]);

  const entityIds = [
    personId,
    ...(hh ? [hh.id] : []),
    ...cases.flatMap((c) => [c.id, ...c.referrals.map((r) => r.id), ...c.followUps.map((f) => f.id)]),
  ];
  return {
    format: 'puskesos-data-warga',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    legalBasis: LEGAL_BASIS,
    scope: SCOPE,
    office: {
      id: office.id,
      name: office.name,
      address: office.address,
      regionCode: office.regionCode,
      regionPath: office.regionPath,
      region: regionLine(office.regionCode, office.regionPath),
    },
    person: map.personRecord(person, await regionOf(person.desa_code)),
    household: hh
      ? map.householdRecord(
          hh,
          await regionOf(hh.desa_code),
          kkHistory.map((k) => ({ id: k.id, noKk: k.no_kk, validFrom: k.valid_from, reason: k.reason })),
        )
      : null,
    ppks: ppks.map(map.ppksRecord),
    programs: programs.map(map.programRecord),
    cases,
    reportedCases: reported.map((r) => ({
      caseNumber: r.case_number,
      receivedAt: r.received_at,
      kind: map.coded(CASE_KINDS, r.kind),
    })),
    attachments: await loadAttachmentRecords(db, personId, hh?.id ?? null, cases),
    processingLog: await loadProcessing(db, entityIds),
  };
}
