// The registry of synced tables: what travels between offices and what the register digest covers.
// Local-only tables (meta, settings, users, sessions, audit_log, reference_items, sync ledgers) are absent.
import { ATTACHMENT_OWNER_TABLES } from '../../../shared/reference/attachment-kinds.ts';
import { DINSOS_STEPS } from '../../../shared/reference/usulan.ts';

/**
 * Who owns a record, which decides who may write it (docs/sync-trust.md) and to whom Dinsos sends it:
 * - `origin`: the office that created it (`origin_office_id`);
 * - `parent`: the owner of its parent row (an event, referral or follow-up belongs to the case's owner);
 * - `office`: the office a per-office record is about (`office_id`: a month's notes, a signed report);
 * - `self`: the office the row describes (`offices`: its id);
 * - `writer`: the office that wrote it (`origin_office_id`), on a parent row the writer may see (its own, or any
 *   for Dinsos); it travels to the parent's owner like a child (a Dinsos step on an office's proposal, a file
 *   Dinsos attaches to an office's case). Its parent table may depend on the row (`ParentByType`).
 */
export type Ownership =
  | { kind: 'origin' }
  | { kind: 'parent'; column: string; table: string }
  | { kind: 'writer'; column: string; table: string | ParentByType }
  | { kind: 'office'; column: string }
  | { kind: 'self' };

/** A parent named by two columns: the kind of record (an attachment's `owner_type`) and its id. */
export interface ParentByType {
  typeColumn: string;
  /** The synced table of each kind. */
  tables: Readonly<Record<string, string>>;
}

/** The table of a `writer` record's parent, given the row's values (null: a kind no table holds). */
export const writerParentTable = (
  owner: { table: string | ParentByType },
  values: Readonly<Record<string, unknown>>,
): string | null =>
  typeof owner.table === 'string'
    ? owner.table
    : (owner.table.tables[String(values[owner.table.typeColumn])] ?? null);

/** A column that points at a row of another synced table (a record may not be tied to another office's row). */
export interface Reference {
  column: string;
  table: string;
}

export interface SyncedTable {
  name: string;
  /** Data columns in canonical order, starting with id and origin_office_id. */
  columns: readonly string[];
  /** Column naming the office that created the record. */
  originColumn: 'origin_office_id';
  owner: Ownership;
  /** References to other synced rows besides the parent (checked like the parent at import). */
  references: readonly Reference[];
  /** Columns no bundle may ever change: key material comes from enrollment and the network file only. */
  keyColumns: readonly string[];
  /**
   * A record only Dinsos writes, about rows of several offices (a duplicate decision names two persons of two
   * kecamatan): Dinsos sends it to each office owning a row one of its `references` names, and that office
   * accepts it from its Dinsos; a kecamatan or desa office never writes it (rule `hanya-dinsos`).
   */
  dinsosOnly: boolean;
  /** Values of a column only a Dinsos writer may write, every other value only an office below it (`peran-penulis`). */
  writerRoles?: WriterRoles;
}

export interface WriterRoles {
  column: string;
  dinsosOnly: readonly string[];
}

/** Every synced table also has these; `deleted` is the tombstone, the rest are sync bookkeeping (local_seq is local). */
export const SYNC_META_COLUMNS = [
  'created_at',
  'updated_at',
  'deleted',
  'clocks',
  'hlc',
  'local_seq',
] as const;

interface TableRules {
  owner?: Ownership;
  references?: readonly Reference[];
  keyColumns?: readonly string[];
  dinsosOnly?: boolean;
  writerRoles?: WriterRoles;
}

const table = (name: string, data: readonly string[], rules: TableRules = {}): SyncedTable => ({
  name,
  columns: ['id', 'origin_office_id', ...data],
  originColumn: 'origin_office_id',
  owner: rules.owner ?? { kind: 'origin' },
  references: rules.references ?? [],
  keyColumns: rules.keyColumns ?? [],
  dinsosOnly: rules.dinsosOnly ?? false,
  ...(rules.writerRoles ? { writerRoles: rules.writerRoles } : {}),
});

const childOf = (column: string, parent: string): TableRules => ({
  owner: { kind: 'parent', column, table: parent },
});

/** In dependency order: a bundle applies parents before children. */
export const SYNCED_TABLES: readonly SyncedTable[] = [
  table(
    'offices',
    [
      'type',
      'region_code',
      'name',
      'address',
      'sign_public_key',
      'box_public_key',
      'fingerprint',
      'created_at',
    ],
    { owner: { kind: 'self' }, keyColumns: ['sign_public_key', 'box_public_key', 'fingerprint'] },
  ),
  // An office's attachment sync policy (issue 19), owned by the office itself like its `offices` row; the Dinsos
  // row is the network's: the per-bundle budget and the document kinds Dinsos takes as metadata only.
  table('attachment_policies', ['bundle_budget_bytes', 'metadata_only_kinds'], { owner: { kind: 'self' } }),
  // An office's DTSEN calendar (issue 16), owned by itself the same way; the Dinsos row is the network's: the
  // musdes / muskel window and the upload cut-off every office's Beranda shows.
  table('usulan_calendars', ['musdes_first_day', 'musdes_last_day', 'cutoff_day'], {
    owner: { kind: 'self' },
  }),
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
  table(
    'household_kk_history',
    ['household_id', 'no_kk', 'valid_from', 'reason'],
    childOf('household_id', 'households'),
  ),
  table(
    'persons',
    [
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
      'legal_basis',
    ],
    { references: [{ column: 'household_id', table: 'households' }] },
  ),
  table(
    'cases',
    [
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
    ],
    {
      references: [
        { column: 'beneficiary_id', table: 'persons' },
        { column: 'reporter_id', table: 'persons' },
      ],
    },
  ),
  table(
    'case_events',
    ['case_id', 'at', 'type', 'from_status', 'to_status', 'reason', 'note', 'actor_name', 'actor_role'],
    childOf('case_id', 'cases'),
  ),
  table(
    'referrals',
    [
      'case_id',
      'destination',
      'letter_number',
      'letter_date',
      'reason',
      'status',
      'outcome',
      'outcome_date',
      'outcome_note',
    ],
    childOf('case_id', 'cases'),
  ),
  table('follow_ups', ['case_id', 'referral_id', 'due_date', 'done_date', 'note'], {
    ...childOf('case_id', 'cases'),
    references: [{ column: 'referral_id', table: 'referrals' }],
  }),
  table(
    'ppks_assignments',
    ['person_id', 'category', 'disability_type', 'since', 'source', 'active'],
    childOf('person_id', 'persons'),
  ),
  table(
    'program_memberships',
    ['person_id', 'program', 'status', 'period_start', 'period_end', 'source'],
    childOf('person_id', 'persons'),
  ),
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
  table('tksk_month_notes', ['office_id', 'month', 'obstacles', 'recommendations'], {
    owner: { kind: 'office', column: 'office_id' },
  }),
  table(
    'monthly_reports',
    [
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
    ],
    { owner: { kind: 'office', column: 'office_id' } },
  ),
  // DTSEN proposals (issue 16): the office's proposal, and its steps owned by whoever wrote them.
  table(
    'usulan',
    [
      'household_id',
      'case_id',
      'person_ids',
      'kind',
      'reason',
      'evidence',
      'desa_code',
      'proposer_name',
      'proposer_role',
      'proposed_at',
      'household_condition',
    ],
    {
      references: [
        { column: 'household_id', table: 'households' },
        { column: 'case_id', table: 'cases' },
      ],
    },
  ),
  // A musdes / muskel session or an SPTJM (issue 16), owned by the office that recorded it; decisions name it.
  table('musdes_sessions', [
    'kind',
    'desa_code',
    'held_on',
    'place',
    'chair',
    'participants',
    'recorded_by_name',
    'recorded_by_role',
  ]),
  table(
    'usulan_steps',
    [
      'usulan_id',
      'step',
      'reason',
      'desil',
      'effective_date',
      'session_date',
      'session_place',
      'session_chair',
      'session_participants',
      'session_id',
      'actor_name',
      'actor_role',
      'at',
      'evidence_asked',
    ],
    {
      owner: { kind: 'writer', column: 'usulan_id', table: 'usulan' },
      references: [
        { column: 'usulan_id', table: 'usulan' },
        { column: 'session_id', table: 'musdes_sessions' },
      ],
      writerRoles: { column: 'step', dinsosOnly: DINSOS_STEPS },
    },
  ),
  // A file attached to a record (issue 19): the reference only, the bytes travel in the bundle's attachment
  // section. Written by the office that attached it, on a record it may see, and it travels to that record's owner
  // like a child: a file Dinsos attaches to an office's case reaches the office. Before erasures, so an erasure
  // scrubs rows already in place.
  table(
    'attachments',
    [
      'owner_type',
      'owner_id',
      'kind',
      'note',
      'legal_basis',
      'content_hash',
      'mime',
      'size',
      'original_size',
      'width',
      'height',
      'added_by',
      'added_at',
      'removed_at',
      'removed_by',
      'removed_reason',
    ],
    {
      owner: {
        kind: 'writer',
        column: 'owner_id',
        table: { typeColumn: 'owner_type', tables: ATTACHMENT_OWNER_TABLES },
      },
    },
  ),
  // Erasure of a resident (issue 18.4): last, so a bundle's rows of the resident are in place when it scrubs them.
  table('erasures', ['person_id', 'household_id', 'household_part', 'erased_at', 'reason'], {
    ...childOf('person_id', 'persons'),
    references: [{ column: 'household_id', table: 'households' }],
  }),
  // A Dinsos reviewer's decision on a pair of person records (issue 17): after persons and erasures, so the
  // persons it names are in place. Each office concerned receives it; the other office's record stays there.
  table(
    'duplicate_decisions',
    [
      'person_a',
      'office_a',
      'person_b',
      'office_b',
      'decision',
      'primary_person_id',
      'reason',
      'decided_at',
      'decided_by_name',
      'undone',
      'undo_reason',
    ],
    {
      references: [
        { column: 'person_a', table: 'persons' },
        { column: 'person_b', table: 'persons' },
      ],
      dinsosOnly: true,
    },
  ),
];

export const syncedTable = (name: string): SyncedTable => {
  const t = SYNCED_TABLES.find((s) => s.name === name);
  if (!t) throw new Error(`Not a synced table: ${name}`);
  return t;
};

/** Columns the digest covers: the data columns plus the tombstone. */
export const digestColumns = (t: SyncedTable): string[] => [...t.columns, 'deleted'];
