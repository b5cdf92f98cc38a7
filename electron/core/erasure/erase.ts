// Erasing residents here: the synced erasure record, the local scrub, then a checkpoint once it has committed.
import type { CoreDeps } from '../context.ts';
import type { DbOrTrx } from '../db/database.ts';
import { CoreError } from '../errors.ts';
import { createWriter } from '../sync/writer.ts';
import { v7 } from 'uuid';
import { normalizeName } from '../../../shared/text/normalize-name.ts';
import { scrubLocalBatch, type ErasureFacts, type HouseholdPart } from './scrub.ts';
import { purgeAfterErasure, zeroFreedContent } from './purge.ts';
import { dropErasedBytes } from '../attachments/erasure.ts';
import { dropErasedHeld } from '../sync/batch/held-erasure.ts';

export type ErasureReason = 'permintaan' | 'retensi';

export interface ErasedPerson {
  personId: string;
  erasureId: string;
  householdPart: HouseholdPart;
}

/** What of the household goes with the resident: all of it when nobody else lives there, or its head's name. */
async function householdPartOf(
  db: DbOrTrx,
  person: { id: string; household_id: string | null; name_norm: string },
): Promise<HouseholdPart> {
  const hid = person.household_id;
  if (!hid) return 'none';
  const others = await db
    .selectFrom('persons')
    .select('id')
    .where('household_id', '=', hid)
    .where('id', '!=', person.id)
    .where('deleted', '=', 0)
    .where('id', 'not in', db.selectFrom('erasures').select('person_id'))
    .limit(1)
    .executeTakeFirst();
  if (!others) return 'all';
  const hh = await db.selectFrom('households').select('head_name').where('id', '=', hid).executeTakeFirst();
  return hh?.head_name && normalizeName(hh.head_name) === person.name_norm ? 'head' : 'none';
}

/**
 * Records one resident's erasure inside the caller's transaction: an `erasures` row that travels to every
 * holder. The caller scrubs the local copies (scrub.ts). Refused when the resident is unknown or already erased.
 */
async function recordErasure(
  deps: CoreDeps,
  db: DbOrTrx,
  officeId: string,
  personId: string,
  reason: ErasureReason,
): Promise<ErasedPerson & { facts: ErasureFacts }> {
  const person = await db
    .selectFrom('persons')
    .select(['id', 'household_id', 'name_norm'])
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!person) throw new CoreError('NOT_FOUND', 'Warga tidak ditemukan.');
  const done = await db
    .selectFrom('erasures')
    .select('id')
    .where('person_id', '=', personId)
    .executeTakeFirst();
  if (done) throw new CoreError('CONFLICT', 'Data pribadi warga ini sudah dihapus.');
  const householdPart = await householdPartOf(db, person);
  const erasureId = v7({ msecs: deps.now() });
  await createWriter(db, officeId, deps.now).insert('erasures', {
    id: erasureId,
    person_id: personId,
    household_id: person.household_id,
    household_part: householdPart,
    erased_at: new Date(deps.now()).toISOString(),
    reason,
  });
  const facts = { erasureId, personId, householdId: person.household_id, householdPart };
  return { personId, erasureId, householdPart, facts };
}

/**
 * Erases residents in one transaction of its own (all or none), with freed content zeroed, then checkpoints
 * the WAL: after this returns, the register file holds none of their values (docs/data-protection.md). The
 * scrub runs once for all of them (each free-text column read once), with the result of one-by-one erasures.
 */
export async function eraseResidents(
  deps: CoreDeps,
  officeId: string,
  personIds: readonly string[],
  reason: ErasureReason,
): Promise<ErasedPerson[]> {
  zeroFreedContent(deps.sqlite);
  try {
    const erased = await deps.db.transaction().execute(async (trx) => {
      const out: ErasedPerson[] = [];
      const facts: ErasureFacts[] = [];
      for (const id of personIds) {
        const { facts: f, ...done } = await recordErasure(deps, trx, officeId, id, reason);
        out.push(done);
        facts.push(f);
      }
      scrubLocalBatch(deps.sqlite, facts, new Date(deps.now()).toISOString());
      // Held batches (relayed or our own) carrying their values are let go: the next batch carries them scrubbed.
      dropErasedHeld(deps.sqlite);
      return out;
    });
    purgeAfterErasure(deps.sqlite);
    // Attachment bytes live outside the register: deleted only once the erasure has committed.
    await dropErasedBytes(deps);
    return erased;
  } finally {
    deps.sqlite.pragma('secure_delete = FAST');
  }
}
