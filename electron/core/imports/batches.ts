// Import batches: listing, undo as a whole (created records tombstoned, updates reverted where unchanged since), and saved mapping templates.
import { sql } from 'kysely';
import { writeAudit } from '../audit/audit-log.ts';
import type { DbOrTrx, SyncedTableName } from '../db/database.ts';
import { CoreError } from '../errors.ts';
import { sqlFor } from '../storage/sql-for.ts';
import type { Scope } from '../persons/scope.ts';
import type { SqlValue } from '../sync/writer.ts';
import type { ImportActor } from './commit.ts';
import type {
  ImportBatch,
  ImportMapping,
  ImportTemplate,
  ImportUndoResult,
} from '../../../shared/types/imports.ts';

export type { ImportBatch } from '../../../shared/types/imports.ts';

interface BatchRow {
  id: string;
  at: string;
  username: string;
  kind: string;
  file_name: string;
  file_sha256: string;
  template: string | null;
  counts: string;
  undone_at: string | null;
}

const toBatch = (r: BatchRow): ImportBatch => ({
  id: r.id,
  at: r.at,
  username: r.username,
  kind: r.kind,
  fileName: r.file_name,
  fileSha256: r.file_sha256,
  template: r.template,
  counts: JSON.parse(r.counts) as Record<string, number>,
  undoneAt: r.undone_at,
});

export async function listBatches(db: DbOrTrx): Promise<ImportBatch[]> {
  // Newest first; batches of one millisecond newest-written first (storage/port.ts insertionOrder).
  const r =
    await sql<BatchRow>`select id, at, username, kind, file_name, file_sha256, template, counts, undone_at
    from import_batches order by at desc, ${sqlFor(db).insertionOrder()} desc`.execute(db);
  return r.rows.map(toBatch);
}

export type UndoResult = ImportUndoResult;

interface ItemRow {
  seq: number;
  entity_table: string;
  entity_id: string;
  action: 'create' | 'update';
  before_values: string | null;
  hlc_after: string;
}

/** The tables an import writes; an item naming anything else is refused rather than trusted. */
const IMPORT_TABLES = [
  'persons',
  'households',
  'household_kk_history',
  'program_memberships',
  'cases',
  'case_events',
] as const satisfies readonly SyncedTableName[];
const importTable = (name: string): SyncedTableName => {
  const t = IMPORT_TABLES.find((x) => x === name);
  if (!t) throw new Error(`import item of unexpected table ${name}`);
  return t;
};

const TABLE_LABEL: Record<string, string> = {
  persons: 'Warga',
  households: 'Keluarga',
  household_kk_history: 'Riwayat No KK',
  program_memberships: 'Kepesertaan program',
  cases: 'Kasus',
  case_events: 'Riwayat kasus',
};

/**
 * Undoes a batch inside the caller's transaction, newest record first. A record whose HLC moved since the
 * batch wrote it was changed by someone (here or by sync) and is kept, listed; a household still holding
 * residents from outside the batch is kept too. Everything else goes through the synced writer, so the
 * tombstones and reverted values sync like any edit.
 */
export async function undoBatch(s: Scope, batchId: string, actor: ImportActor): Promise<UndoResult> {
  const b = await sql<BatchRow>`select * from import_batches where id = ${batchId}`.execute(s.db);
  const batch = b.rows[0];
  if (!batch) throw new CoreError('NOT_FOUND', 'Batch impor tidak ditemukan.');
  if (batch.undone_at) throw new CoreError('CONFLICT', 'Batch impor ini sudah dibatalkan sebelumnya.');
  const items = (
    await sql<ItemRow>`select * from import_batch_items where batch_id = ${batchId} order by seq desc`.execute(
      s.db,
    )
  ).rows;
  const result: UndoResult = { batchId, tombstoned: 0, reverted: 0, kept: [] };
  const keptIds = await casesWorkedOnSince(s, items);
  for (const it of items) {
    const r = await sql<{
      hlc: string;
      deleted: number;
    }>`select hlc, deleted from ${sql.table(it.entity_table)}
      where id = ${it.entity_id}`.execute(s.db);
    const current = r.rows[0];
    const label = `${TABLE_LABEL[it.entity_table] ?? it.entity_table} ${it.entity_id}`;
    if (it.entity_table === 'case_events' && keptIds.has(await caseOfEvent(s, it.entity_id))) continue;
    if (it.entity_table === 'cases' && keptIds.has(it.entity_id)) {
      result.kept.push(`${label}: ditangani setelah impor, tidak dibatalkan.`);
      continue;
    }
    if (!current || current.hlc !== it.hlc_after) {
      result.kept.push(`${label}: diubah setelah impor, tidak dibatalkan.`);
      keptIds.add(it.entity_id);
      continue;
    }
    if (it.action === 'update') {
      const before = JSON.parse(it.before_values ?? '{}') as Record<string, SqlValue>;
      await s.writer.update(importTable(it.entity_table), it.entity_id, before);
      result.reverted++;
      continue;
    }
    if (it.entity_table === 'households') {
      const members = await s.db
        .selectFrom('persons')
        .select('id')
        .where('household_id', '=', it.entity_id)
        .where('deleted', '=', 0)
        .execute();
      if (members.length > 0) {
        result.kept.push(`${label}: masih memiliki anggota di luar batch ini, tidak dibatalkan.`);
        keptIds.add(it.entity_id);
        continue;
      }
    }
    if (it.entity_table === 'persons' && (await holdsLiveRecords(s, it.entity_id))) {
      result.kept.push(`${label}: masih memiliki kasus atau program di luar batch ini, tidak dibatalkan.`);
      keptIds.add(it.entity_id);
      continue;
    }
    if (it.entity_table === 'household_kk_history') {
      const h = await s.db
        .selectFrom('household_kk_history')
        .select('household_id')
        .where('id', '=', it.entity_id)
        .executeTakeFirst();
      if (h && keptIds.has(h.household_id)) continue;
    }
    await s.writer.remove(importTable(it.entity_table), it.entity_id);
    result.tombstoned++;
  }
  const at = new Date(s.now).toISOString();
  await sql`update import_batches set undone_at = ${at}, undo_report = ${JSON.stringify(result)} where id = ${batchId}`.execute(
    s.db,
  );
  await writeAudit(s.db, {
    at: s.now,
    userId: actor.userId,
    username: actor.username,
    role: actor.role,
    officeId: s.officeId,
    device: actor.device,
    action: 'imports.undo',
    entityType: 'import_batch',
    entityId: batchId,
    outcome: 'ok',
    detail: `dibatalkan ${result.tombstoned} dihapus, ${result.reverted} dikembalikan, ${result.kept.length} tetap`,
  });
  return result;
}

/** A resident still the beneficiary of a live case or holding a live membership (the batch's own are gone by then). */
async function holdsLiveRecords(s: Scope, personId: string): Promise<boolean> {
  // `case … then 1`: a condition is an integer on SQLite and a boolean on PostgreSQL; 1 and 0 are both.
  const r = await sql<{ held: number }>`select case when
      exists (select 1 from cases where beneficiary_id = ${personId} and deleted = 0)
      or exists (select 1 from program_memberships where person_id = ${personId} and deleted = 0)
      then 1 else 0 end as held`.execute(s.db);
  return r.rows[0]?.held === 1;
}

const caseOfEvent = async (s: Scope, eventId: string): Promise<string> =>
  (await s.db.selectFrom('case_events').select('case_id').where('id', '=', eventId).executeTakeFirst())
    ?.case_id ?? '';

/**
 * Imported cases someone worked on since (the case changed, or it has events the batch did not write, such
 * as a note or a referral): kept whole with their events, never half undone.
 */
async function casesWorkedOnSince(s: Scope, items: readonly ItemRow[]): Promise<Set<string>> {
  const ours = new Set(items.map((i) => i.entity_id));
  const kept = new Set<string>();
  for (const it of items) {
    if (it.entity_table !== 'cases') continue;
    const c = await s.db.selectFrom('cases').select('hlc').where('id', '=', it.entity_id).executeTakeFirst();
    const events = await s.db
      .selectFrom('case_events')
      .select('id')
      .where('case_id', '=', it.entity_id)
      .where('deleted', '=', 0)
      .execute();
    if (c?.hlc !== it.hlc_after || events.some((e) => !ours.has(e.id))) kept.add(it.entity_id);
  }
  return kept;
}

export async function saveTemplate(
  db: DbOrTrx,
  name: string,
  mapping: ImportMapping,
  now: number,
): Promise<void> {
  const text = JSON.stringify(mapping);
  const at = new Date(now).toISOString();
  await sql`insert into import_templates (name, kind, mapping, updated_at) values (${name}, ${mapping.kind}, ${text}, ${at})
    on conflict (name) do update set kind = excluded.kind, mapping = excluded.mapping, updated_at = excluded.updated_at`.execute(
    db,
  );
}

export async function loadTemplate(db: DbOrTrx, name: string): Promise<ImportMapping> {
  const r = await sql<{ mapping: string }>`select mapping from import_templates where name = ${name}`.execute(
    db,
  );
  const row = r.rows[0];
  if (!row) throw new CoreError('NOT_FOUND', `Templat pemetaan "${name}" tidak ditemukan.`);
  return JSON.parse(row.mapping) as ImportMapping;
}

export async function listTemplates(db: DbOrTrx): Promise<ImportTemplate[]> {
  const r = await sql<{ name: string; mapping: string; updated_at: string }>`select name, mapping, updated_at
    from import_templates order by name`.execute(db);
  return r.rows.map((t) => ({
    name: t.name,
    mapping: JSON.parse(t.mapping) as ImportMapping,
    updatedAt: t.updated_at,
  }));
}
