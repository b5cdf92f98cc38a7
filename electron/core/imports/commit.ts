// Commits a dry run's rows in the caller's ONE transaction (bulk path for residents, the register's services for the rest), recorded as one import batch.
import { v7 as uuidv7 } from 'uuid';
import { sql } from 'kysely';
import { CoreError } from '../errors.ts';
import type { DbOrTrx } from '../db/database.ts';
import { updatePerson } from '../persons/persons.ts';
import type { CommitWrites } from './bulk-write.ts';
import type { BatchItem, RowValues } from './batch-items.ts';
import type { PersonFields } from '../../../shared/types/register.ts';
import type { DryRun, ImportPerson, PlannedRow } from './dry-run.ts';
import type { ImportCommitResult, ImportKind, UpdateGroup } from '../../../shared/types/imports.ts';
import { writeRecord } from './record-commit.ts';
import { DEFAULT_LEGAL_BASIS } from '../../../shared/reference/legal-basis.ts';

/** Who runs the import, as the audit log names them. */
export interface ImportActor {
  userId: string | null;
  username: string;
  role: string;
  device: string;
}

export interface BatchMeta {
  kind: ImportKind;
  /** The office's region code (a case's number). */
  regionCode: string;
  fileName: string;
  fileSha256: string;
  template: string | null;
  updateGroups: readonly UpdateGroup[];
  /** Asked before each row: true stops the commit with an error, and the caller's rollback undoes it all. */
  cancelled?: (() => boolean) | undefined;
  /** Rows done of rows to do, after each row. */
  progress?: ((done: number, total: number) => void) | undefined;
}

export type CommitResult = ImportCommitResult;

/** Which person fields each update group may change (a blank cell never erases: nulls are never sent). */
const GROUP_FIELDS: Record<UpdateGroup, readonly (keyof ImportPerson)[]> = {
  identitas: ['nik', 'name', 'sex', 'birthPlace', 'birthDate'],
  alamat: ['desaCode', 'phone'],
  lainnya: ['relationship', 'religion', 'occupation', 'notes'],
};

const rowOf = async (db: DbOrTrx, table: string, id: string): Promise<RowValues> => {
  const r = await sql<RowValues>`select * from ${sql.table(table)} where id = ${id}`.execute(db);
  const row = r.rows[0];
  if (!row) throw new Error(`${table} ${id} not found`);
  return row;
};

const SYNC_META = new Set(['clocks', 'hlc', 'local_seq', 'updated_at', 'created_at']);

/**
 * Writes every row whose action is create or update. Call inside one transaction (`s.db` is it): any
 * failure throws and the caller's rollback leaves the register as it was.
 */
export async function commitDryRun(
  writes: CommitWrites,
  plan: DryRun,
  actor: ImportActor,
  meta: BatchMeta,
): Promise<CommitResult> {
  const s = writes.scope;
  const batchId = uuidv7({ msecs: s.now });
  const at = new Date(s.now).toISOString();
  const items: BatchItem[] = [];
  const result: CommitResult = {
    batchId,
    created: 0,
    updated: 0,
    unchanged: 0,
    householdsCreated: 0,
    recordsCreated: 0,
    counts: plan.counts,
  };
  const households = new Map<string, string>();
  // A new household's address (its first row giving one) and head, by No KK: one pass, not a search per household.
  const addressOf = new Map<string, string>();
  const headOf = new Map<string, string>();
  for (const r of plan.rows) {
    const kk = r.household?.noKk;
    if (!kk) continue;
    if (r.household?.address && !addressOf.has(kk)) addressOf.set(kk, r.household.address);
    if (r.person?.relationship === 'KEPALA_KELUARGA' && !headOf.has(kk)) headOf.set(kk, r.person.name);
  }
  const audit = (action: string, entityType: string, entityId: string): Promise<void> =>
    writes.audit({
      at: s.now,
      userId: actor.userId,
      username: actor.username,
      role: actor.role,
      officeId: s.officeId,
      device: actor.device,
      action,
      entityType,
      entityId,
      outcome: 'ok',
      detail: `impor batch ${batchId}`,
    });

  const householdFor = async (row: PlannedRow): Promise<string | null> => {
    const h = row.household;
    if (!h) return null;
    const known = households.get(h.noKk);
    if (known) return known;
    const existing = await writes.householdOf(h.noKk);
    if (existing) {
      households.set(h.noKk, existing);
      return existing;
    }
    const { id, historyId } = await writes.createHousehold({
      noKk: h.noKk,
      headName: headOf.get(h.noKk) ?? null,
      desaCode: h.desaCode,
      address: addressOf.get(h.noKk) ?? '',
      rt: h.rt,
      rw: h.rw,
      dusun: h.dusun,
      phone: null,
      dtsenId: null,
      dtsenDesil: null,
      floorAreaM2: null,
      floorMaterial: null,
      wallMaterial: null,
      roofMaterial: null,
      drinkingWater: null,
      lighting: null,
      cookingFuel: null,
      toilet: null,
      assets: [],
      notes: null,
    });
    households.set(h.noKk, id);
    items.push({ table: 'households', id, action: 'create', before: null });
    if (historyId)
      items.push({ table: 'household_kk_history', id: historyId, action: 'create', before: null });
    await audit('households.create', 'household', id);
    result.householdsCreated++;
    return id;
  };

  const overrideReason = (row: PlannedRow): string | null =>
    row.nikMismatch
      ? `Impor ${meta.fileName}: NIK tidak cocok dengan data berkas; dipakai sesuai berkas sumber.`
      : null;

  /** Cases and program lists: the resident each personKey became (created once, by its first row). */
  const personIds = new Map<string, string>();
  const addRecord = async (row: PlannedRow, personId: string): Promise<void> => {
    if (!row.record || row.recordExists) return;
    const written = await writeRecord(s, row.record, personId, {
      fileName: meta.fileName,
      regionCode: meta.regionCode,
      actor,
    });
    for (const w of written) items.push({ table: w.table, id: w.id, action: 'create', before: null });
    const first = written[0];
    if (first && first.table === 'cases') await audit('cases.create', 'case', first.id);
    else if (first) await audit('programs.add', 'program_membership', first.id);
    result.recordsCreated++;
  };

  const todo = plan.rows.filter((r) => r.person && r.action !== 'skip');
  for (const [i, row] of todo.entries()) {
    if (meta.cancelled?.()) throw new CoreError('CONFLICT', 'Impor dibatalkan: tidak ada data yang diubah.');
    meta.progress?.(i, todo.length);
    // Lets other callers (reads on the reader connection, polls of the operation) be answered during a long file.
    if (meta.progress && i % 100 === 99) await new Promise<void>((resolve) => setImmediate(resolve));
    const p = row.person;
    if (!p) continue;
    const known = row.personKey ? personIds.get(row.personKey) : undefined;
    if (row.action === 'create' && known) {
      await addRecord(row, known);
      continue;
    }
    if (row.action === 'create') {
      const householdId = await householdFor(row);
      const person: PersonFields = {
        ...p,
        householdId,
        maritalStatus: null,
        education: null,
        disabilityTypes: [],
        padanDukcapil: 'unknown',
        dtsenStatus: 'tidak_diketahui',
        // An office's own register list is kept for its public-service task, the intake's default basis.
        legalBasis: DEFAULT_LEGAL_BASIS,
        nikOverrideReason: overrideReason(row),
      };
      const id = await writes.createPerson(person);
      items.push({ table: 'persons', id, action: 'create', before: null });
      await audit('persons.create', 'person', id);
      result.created++;
      if (row.personKey) personIds.set(row.personKey, id);
      await addRecord(row, id);
      continue;
    }
    const id = row.existingId;
    if (!id) continue;
    await addRecord(row, id);
    const changes: Partial<PersonFields> = {};
    for (const g of meta.updateGroups) {
      for (const f of GROUP_FIELDS[g]) {
        const v = p[f];
        if (v !== null) Object.assign(changes, { [f]: v });
      }
    }
    const before = await rowOf(s.db, 'persons', id);
    if (before.nik !== null && changes.nik !== undefined) delete changes.nik;
    if (row.nikMismatch && changes.nik) changes.nikOverrideReason = overrideReason(row);
    const changed = Object.keys(changes).length > 0 ? await updatePerson(s, id, changes) : [];
    if (changed.length === 0) {
      result.unchanged++;
      continue;
    }
    const after = await rowOf(s.db, 'persons', id);
    const prior: RowValues = {};
    for (const [k, v] of Object.entries(before)) if (!SYNC_META.has(k) && after[k] !== v) prior[k] = v;
    items.push({ table: 'persons', id, action: 'update', before: prior });
    await audit('persons.update', 'person', id);
    result.updated++;
  }

  await sql`insert into import_batches (id, at, user_id, username, kind, file_name, file_sha256, template, counts)
    values (${batchId}, ${at}, ${actor.userId}, ${actor.username}, ${meta.kind}, ${meta.fileName}, ${meta.fileSha256},
      ${meta.template}, ${JSON.stringify({ ...plan.counts, created: result.created, updated: result.updated, householdsCreated: result.householdsCreated, recordsCreated: result.recordsCreated })})`.execute(
    s.db,
  );
  await writes.items(batchId, items);
  await audit('imports.commit', 'import_batch', batchId);
  await writes.flush();
  return result;
}
