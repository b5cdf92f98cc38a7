// Shapes of generated records: table rows without the sync columns the writer fills, plus generation facts.
import type { SyncMeta } from '../db/tables/sync-meta.ts';
import type { HouseholdsTable } from '../db/tables/households.ts';
import type { HouseholdKkHistoryTable } from '../db/tables/household-kk-history.ts';
import type { PersonsTable } from '../db/tables/persons.ts';
import type { CasesTable } from '../db/tables/cases.ts';
import type { CaseEventsTable } from '../db/tables/case-events.ts';
import type { ReferralsTable } from '../db/tables/referrals.ts';
import type { FollowUpsTable } from '../db/tables/follow-ups.ts';
import type { PpksAssignmentsTable } from '../db/tables/ppks-assignments.ts';
import type { ProgramMembershipsTable } from '../db/tables/program-memberships.ts';

/** A row as the generator produces it: its id and data columns; the writer adds origin, times and clocks. */
export type Data<T extends SyncMeta> = Omit<T, Exclude<keyof SyncMeta, 'id'>>;

export type HouseholdRow = Data<HouseholdsTable>;
export type KkHistoryRow = Data<HouseholdKkHistoryTable>;
export type PersonRow = Data<PersonsTable>;
export type CaseRow = Data<CasesTable>;
export type CaseEventRow = Data<CaseEventsTable>;
export type ReferralRow = Data<ReferralsTable>;
export type FollowUpRow = Data<FollowUpsTable>;
export type PpksRow = Data<PpksAssignmentsTable>;
export type ProgramRow = Data<ProgramMembershipsTable>;

/** A new record and the instant it is recorded as created (its `created_at`). */
export interface Created<R> {
  row: R;
  createdMs: number;
}

/** A person as the case and social-data generators see them (new or already in the register). */
export interface Resident {
  id: string;
  householdId: string | null;
  sex: 'L' | 'P';
  birthDate: string | null;
  desaCode: string;
  hasNik: boolean;
  disabled: boolean;
  desil: number | null;
  /** Household members who could report on the resident's behalf. */
  relatives: string[];
}
