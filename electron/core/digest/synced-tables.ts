// The registry of synced tables: what travels between offices and what the register digest covers.
// Local-only tables (meta, settings, users, sessions, audit_log, reference_items, sync ledgers) are absent.

export interface SyncedTable {
  name: string;
  /** Data columns in canonical order, starting with id and origin_office_id. */
  columns: readonly string[];
  /** Column naming the office that created the record. */
  originColumn: 'origin_office_id';
}

/** Every synced table also has these; `deleted` is the tombstone, the rest are sync bookkeeping (local_seq is local). */
export const SYNC_META_COLUMNS = ['created_at', 'updated_at', 'deleted', 'clocks', 'hlc', 'local_seq'] as const;

const table = (name: string, data: readonly string[]): SyncedTable => ({
  name,
  columns: ['id', 'origin_office_id', ...data],
  originColumn: 'origin_office_id',
});

/** In dependency order: a bundle applies parents before children. */
export const SYNCED_TABLES: readonly SyncedTable[] = [
  table('offices', [
    'type',
    'region_code',
    'name',
    'address',
    'sign_public_key',
    'box_public_key',
    'fingerprint',
    'created_at',
  ]),
  table('households', [
    'no_kk',
    'head_name',
    'desa_code',
    'address',
    'rt',
    'rw',
    'dusun',
    'phone',
    'dtsen_id',
    'dtsen_desil',
    'floor_area_m2',
    'floor_material',
    'wall_material',
    'roof_material',
    'drinking_water',
    'lighting',
    'cooking_fuel',
    'toilet',
    'assets',
    'notes',
  ]),
  table('household_kk_history', ['household_id', 'no_kk', 'valid_from', 'reason']),
  table('persons', [
    'household_id',
    'nik',
    'name',
    'name_norm',
    'sex',
    'birth_place',
    'birth_date',
    'relationship',
    'religion',
    'marital_status',
    'education',
    'occupation',
    'disability_types',
    'padan_dukcapil',
    'dtsen_status',
    'phone',
    'desa_code',
    'nik_override_reason',
    'notes',
  ]),
  table('cases', [
    'case_number',
    'case_year',
    'case_seq',
    'kind',
    'sub_kind',
    'category',
    'sub_category',
    'channel',
    'fast_track',
    'fast_track_reason',
    'beneficiary_id',
    'reporter_id',
    'reporter_name',
    'description',
    'assigned_to',
    'status',
    'desa_code',
    'received_at',
    'closed_at',
  ]),
  table('case_events', [
    'case_id',
    'at',
    'type',
    'from_status',
    'to_status',
    'reason',
    'note',
    'actor_name',
    'actor_role',
  ]),
  table('referrals', [
    'case_id',
    'destination',
    'letter_number',
    'letter_date',
    'reason',
    'status',
    'outcome',
    'outcome_date',
    'outcome_note',
  ]),
  table('follow_ups', ['case_id', 'referral_id', 'due_date', 'done_date', 'note']),
  table('ppks_assignments', ['person_id', 'category', 'disability_type', 'since', 'source', 'active']),
  table('program_memberships', ['person_id', 'program', 'status', 'period_start', 'period_end', 'source']),
  // The monthly report (issue 5): the TKSK activity log, the month's notes and finalized, signed versions.
  table('tksk_activities', [
    'date',
    'type',
    'desa_code',
    'target_group',
    'result',
    'note',
    'author_name',
    'author_user',
  ]),
  table('tksk_month_notes', ['office_id', 'month', 'obstacles', 'recommendations']),
  table('monthly_reports', [
    'office_id',
    'month',
    'version',
    'finalized_at',
    'finalized_by_name',
    'finalized_by_role',
    'data_json',
    'data_hash',
    'signature',
    'sign_public_key',
  ]),
];

export const syncedTable = (name: string): SyncedTable => {
  const t = SYNCED_TABLES.find((s) => s.name === name);
  if (!t) throw new Error(`Not a synced table: ${name}`);
  return t;
};

/** Columns the digest covers: the data columns plus the tombstone. */
export const digestColumns = (t: SyncedTable): string[] => [...t.columns, 'deleted'];
