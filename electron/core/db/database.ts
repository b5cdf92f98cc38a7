// The typed Kysely database: one entry per table, row types in ./tables.
import type { Kysely, Transaction } from 'kysely';
import type { AuditLogTable } from './tables/audit-log.ts';
import type { MetaTable } from './tables/meta.ts';
import type { OfficesTable } from './tables/offices.ts';
import type { SessionsTable } from './tables/sessions.ts';
import type { SettingsTable } from './tables/settings.ts';
import type { UsersTable } from './tables/users.ts';
import type { HouseholdsTable } from './tables/households.ts';
import type { HouseholdKkHistoryTable } from './tables/household-kk-history.ts';
import type { PersonsTable } from './tables/persons.ts';
import type { CasesTable } from './tables/cases.ts';
import type { CaseEventsTable } from './tables/case-events.ts';
import type { ReferralsTable } from './tables/referrals.ts';
import type { FollowUpsTable } from './tables/follow-ups.ts';
import type { PpksAssignmentsTable } from './tables/ppks-assignments.ts';
import type { ProgramMembershipsTable } from './tables/program-memberships.ts';
import type { ReferenceItemsTable } from './tables/reference-items.ts';
import type { TkskActivitiesTable } from './tables/tksk-activities.ts';
import type { TkskMonthNotesTable } from './tables/tksk-month-notes.ts';
import type { MonthlyReportsTable } from './tables/monthly-reports.ts';
import type { ErasuresTable } from './tables/erasures.ts';
import type {
  MusdesSessionsTable,
  UsulanCalendarsTable,
  UsulanStepsTable,
  UsulanTable,
} from './tables/usulan.ts';
import type { DuplicateCandidatesTable } from './tables/duplicate-candidates.ts';
import type { DuplicateDecisionsTable } from './tables/duplicate-decisions.ts';
import type {
  AttachmentPoliciesTable,
  AttachmentSentTable,
  AttachmentsTable,
  AttachmentStoreKeyTable,
} from './tables/attachments.ts';
import type { BreachIncidentsTable, ExportLogPersonsTable, ExportLogTable } from './tables/export-log.ts';
import type {
  BatchWatermarksTable,
  BatchesOutTable,
  HeldBatchesTable,
  HeldBatchRecordsTable,
  BundlesInTable,
  BundlesOutTable,
  OfficeTreeTable,
  SyncConflictsTable,
  SyncPeersTable,
  SyncQuarantineTable,
  SyncSeenTable,
  TrustedKeysTable,
} from './tables/sync-ledger.ts';

export interface Database {
  meta: MetaTable;
  settings: SettingsTable;
  offices: OfficesTable;
  users: UsersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  reference_items: ReferenceItemsTable;
  households: HouseholdsTable;
  household_kk_history: HouseholdKkHistoryTable;
  persons: PersonsTable;
  cases: CasesTable;
  case_events: CaseEventsTable;
  referrals: ReferralsTable;
  follow_ups: FollowUpsTable;
  ppks_assignments: PpksAssignmentsTable;
  program_memberships: ProgramMembershipsTable;
  tksk_activities: TkskActivitiesTable;
  tksk_month_notes: TkskMonthNotesTable;
  monthly_reports: MonthlyReportsTable;
  erasures: ErasuresTable;
  usulan: UsulanTable;
  usulan_steps: UsulanStepsTable;
  musdes_sessions: MusdesSessionsTable;
  usulan_calendars: UsulanCalendarsTable;
  trusted_keys: TrustedKeysTable;
  sync_peers: SyncPeersTable;
  bundles_out: BundlesOutTable;
  bundles_in: BundlesInTable;
  sync_conflicts: SyncConflictsTable;
  sync_quarantine: SyncQuarantineTable;
  sync_seen: SyncSeenTable;
  export_log: ExportLogTable;
  export_log_persons: ExportLogPersonsTable;
  breach_incidents: BreachIncidentsTable;
  duplicate_candidates: DuplicateCandidatesTable;
  duplicate_decisions: DuplicateDecisionsTable;
  attachments: AttachmentsTable;
  attachment_store_key: AttachmentStoreKeyTable;
  attachment_sent: AttachmentSentTable;
  attachment_policies: AttachmentPoliciesTable;
  office_tree: OfficeTreeTable;
  batch_watermarks: BatchWatermarksTable;
  held_batches: HeldBatchesTable;
  held_batch_records: HeldBatchRecordsTable;
  batches_out: BatchesOutTable;
}

/** Tables that travel between offices (see digest/synced-tables.ts for their canonical columns). */
export type SyncedTableName =
  | 'offices'
  | 'households'
  | 'household_kk_history'
  | 'persons'
  | 'cases'
  | 'case_events'
  | 'referrals'
  | 'follow_ups'
  | 'ppks_assignments'
  | 'program_memberships'
  | 'tksk_activities'
  | 'tksk_month_notes'
  | 'monthly_reports'
  | 'erasures'
  | 'duplicate_decisions'
  | 'usulan'
  | 'musdes_sessions'
  | 'usulan_steps'
  | 'attachments'
  | 'attachment_policies'
  | 'usulan_calendars';

export type Db = Kysely<Database>;
/** Either the root handle or a transaction; handlers take this so they compose inside one transaction. */
export type DbOrTrx = Kysely<Database> | Transaction<Database>;
