// Test helpers that write synthetic register rows (households, persons, cases …) through the one synced write path.
import { v7 as uuidv7 } from 'uuid';
import type { SyncedTableName } from '../../electron/core/db/database.ts';
import type { SyncMeta } from '../../electron/core/db/tables/sync-meta.ts';
import type { HouseholdsTable } from '../../electron/core/db/tables/households.ts';
import type { HouseholdKkHistoryTable } from '../../electron/core/db/tables/household-kk-history.ts';
import type { PersonsTable } from '../../electron/core/db/tables/persons.ts';
import type { CasesTable } from '../../electron/core/db/tables/cases.ts';
import type { CaseEventsTable } from '../../electron/core/db/tables/case-events.ts';
import type { ReferralsTable } from '../../electron/core/db/tables/referrals.ts';
import type { FollowUpsTable } from '../../electron/core/db/tables/follow-ups.ts';
import type { PpksAssignmentsTable } from '../../electron/core/db/tables/ppks-assignments.ts';
import type { ProgramMembershipsTable } from '../../electron/core/db/tables/program-memberships.ts';
import { getOwnOfficeId } from '../../electron/core/office/office-repo.ts';
import { createWriter, type RowValues } from '../../electron/core/sync/writer.ts';
import type { TestRegister } from './register.ts';

/** Data columns of a table, optional, for overrides (sync metadata is the writer's business). */
type Fields<T> = Partial<Omit<T, keyof SyncMeta>> & { id?: string };

export interface RowSeeder {
  officeId: string;
  household(f?: Fields<HouseholdsTable>): Promise<string>;
  kkHistory(householdId: string, f?: Fields<HouseholdKkHistoryTable>): Promise<string>;
  person(f?: Fields<PersonsTable>): Promise<string>;
  case(beneficiaryId: string, f?: Fields<CasesTable>): Promise<string>;
  event(caseId: string, f?: Fields<CaseEventsTable>): Promise<string>;
  referral(caseId: string, f?: Fields<ReferralsTable>): Promise<string>;
  followUp(caseId: string, f?: Fields<FollowUpsTable>): Promise<string>;
  ppks(personId: string, f?: Fields<PpksAssignmentsTable>): Promise<string>;
  program(personId: string, f?: Fields<ProgramMembershipsTable>): Promise<string>;
  /** Tombstones a row, as a delete through the app would. */
  remove(table: SyncedTableName, id: string): Promise<void>;
}

/** A desa in Kecamatan Jeruklegi, the test office's kecamatan. */
export const TEST_DESA = '33.01.08.2001';

/**
 * Writes rows with the register's clock through createWriter (one writer per row, so each gets its own
 * HLC stamp). Defaults fill every required column with synthetic values; pass what a test asserts on.
 */
export async function rowSeeder(t: TestRegister): Promise<RowSeeder> {
  const { db } = t.register.deps;
  const officeId = await getOwnOfficeId(db);
  if (!officeId) throw new Error('rowSeeder needs a set-up office');
  let caseSeq = 0;
  const put = async (table: SyncedTableName, defaults: RowValues, f: object): Promise<string> => {
    const row = { id: uuidv7({ msecs: t.clock.ms }), ...defaults, ...(f as RowValues) } as RowValues & {
      id: string;
    };
    await createWriter(db, officeId, () => t.clock.ms).insert(table, row);
    return row.id;
  };
  const today = (): string => new Date(t.clock.ms).toISOString().slice(0, 10);

  return {
    officeId,
    household: (f = {}) =>
      put('households', { desa_code: TEST_DESA, address: 'Jl. Contoh Uji No. 1', assets: '[]' }, f),
    kkHistory: (householdId, f = {}) =>
      put(
        'household_kk_history',
        { household_id: householdId, no_kk: '3301080000009999', valid_from: today(), reason: 'KK baru' },
        f,
      ),
    person: (f = {}) => {
      const name = f.name ?? 'Warga Uji';
      return put(
        'persons',
        {
          name,
          name_norm: name.toLowerCase(),
          sex: 'P',
          disability_types: '[]',
          padan_dukcapil: 'unknown',
          dtsen_status: 'tidak_diketahui',
          desa_code: TEST_DESA,
        },
        f,
      );
    },
    case: (beneficiaryId, f = {}) => {
      caseSeq += 1;
      const year = Number(today().slice(0, 4));
      return put(
        'cases',
        {
          case_number: `33.01.08/${year}/${String(90000 + caseSeq).padStart(5, '0')}`,
          case_year: year,
          case_seq: 90000 + caseSeq,
          kind: 'LAYANAN',
          category: 'DATA',
          channel: 'DATANG_LANGSUNG',
          fast_track: 0,
          beneficiary_id: beneficiaryId,
          description: 'Uraian kasus uji.',
          status: 'DITERIMA',
          desa_code: TEST_DESA,
          received_at: new Date(t.clock.ms).toISOString(),
        },
        f,
      );
    },
    event: (caseId, f = {}) =>
      put(
        'case_events',
        {
          case_id: caseId,
          at: new Date(t.clock.ms).toISOString(),
          type: 'catatan',
          actor_name: 'Petugas Uji',
          actor_role: 'petugas',
        },
        f,
      ),
    referral: (caseId, f = {}) =>
      put(
        'referrals',
        {
          case_id: caseId,
          destination: 'DISDUKCAPIL',
          letter_number: `9${String(caseSeq).padStart(2, '0')}/RUJ/33.01.08/III/2026`,
          letter_date: today(),
          reason: 'Alasan rujukan uji.',
          status: 'TERKIRIM',
        },
        f,
      ),
    followUp: (caseId, f = {}) => put('follow_ups', { case_id: caseId, due_date: today() }, f),
    ppks: (personId, f = {}) =>
      put(
        'ppks_assignments',
        { person_id: personId, category: 'PPKS-24', since: today(), source: 'Asesmen uji', active: 1 },
        f,
      ),
    program: (personId, f = {}) =>
      put(
        'program_memberships',
        { person_id: personId, program: 'PKH', status: 'aktif', source: 'Data uji' },
        f,
      ),
    remove: (table, id) => createWriter(db, officeId, () => t.clock.ms).remove(table, id),
  };
}
