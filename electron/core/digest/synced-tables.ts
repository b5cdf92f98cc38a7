// The registry of synced tables: what travels between offices and what the register digest covers.
// Local-only tables (meta, settings, users, sessions, audit_log, sync ledgers) are deliberately absent.

export interface SyncedTable {
  name: string;
  /** Columns in canonical order; every synced column is listed, tombstone flag included when present. */
  columns: readonly string[];
  /** Column naming the office that created the record. */
  originColumn: string;
}

export const SYNCED_TABLES: readonly SyncedTable[] = [
  {
    name: 'offices',
    columns: [
      'id',
      'origin_office_id',
      'type',
      'region_code',
      'name',
      'address',
      'sign_public_key',
      'box_public_key',
      'fingerprint',
      'created_at',
    ],
    originColumn: 'origin_office_id',
  },
];
