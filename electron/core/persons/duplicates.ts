// Duplicate detection: the same NIK, or the same birth date and desa with a similar normalised name.
import type { DbOrTrx } from '../db/database.ts';
import { CoreError } from '../errors.ts';
import type { DuplicateCheck } from '../../../shared/types/register.ts';
import { normalizeName } from '../../../shared/text/normalize-name.ts';
import { namesSimilar } from '../../../shared/text/name-similarity.ts';
import { summariesByIds } from './summaries.ts';

export interface DuplicateQuery {
  nik: string | null;
  name: string;
  birthDate: string | null;
  desaCode: string | null;
  excludeId?: string | undefined;
}

/** The person (not deleted) holding this NIK, other than `excludeId`. */
export async function personWithNik(db: DbOrTrx, nik: string, excludeId?: string): Promise<string | null> {
  let q = db.selectFrom('persons').select('id').where('nik', '=', nik).where('deleted', '=', 0);
  if (excludeId) q = q.where('id', '!=', excludeId);
  return (await q.orderBy('id').executeTakeFirst())?.id ?? null;
}

/** Persons born the same day in the same desa whose name is similar (index persons_desa_birth). */
export async function similarPersons(db: DbOrTrx, d: DuplicateQuery): Promise<string[]> {
  const norm = normalizeName(d.name);
  if (!d.birthDate || !d.desaCode || norm === '') return [];
  let q = db
    .selectFrom('persons')
    .select(['id', 'name_norm'])
    .where('desa_code', '=', d.desaCode)
    .where('birth_date', '=', d.birthDate)
    .where('deleted', '=', 0);
  if (d.excludeId) q = q.where('id', '!=', d.excludeId);
  const rows = await q.execute();
  return rows.filter((r) => namesSimilar(norm, r.name_norm)).map((r) => r.id);
}

export async function checkDuplicates(
  db: DbOrTrx,
  today: string,
  d: DuplicateQuery,
): Promise<DuplicateCheck> {
  const nikId = d.nik ? await personWithNik(db, d.nik, d.excludeId) : null;
  const similar = (await similarPersons(db, d)).filter((id) => id !== nikId);
  const [nikMatch] = nikId ? await summariesByIds(db, today, [nikId]) : [];
  return { nikMatch: nikMatch ?? null, similar: await summariesByIds(db, today, similar) };
}

/** Refuses a NIK another person holds, with that person's id so the form can open them instead. */
export async function refuseTakenNik(db: DbOrTrx, nik: string | null, excludeId?: string): Promise<void> {
  if (!nik) return;
  const existing = await personWithNik(db, nik, excludeId);
  if (existing) {
    throw new CoreError('CONFLICT', 'NIK ini sudah terdaftar untuk orang lain.', {
      fields: { nik: 'NIK ini sudah terdaftar. Buka data orang tersebut.', existingPersonId: existing },
    });
  }
}

/**
 * Refuses a new person who looks like someone registered (same birth date and desa, similar name),
 * unless the clerk confirmed they are different; `candidateIds` lists them, comma-separated.
 */
export async function refuseLikelyDuplicate(db: DbOrTrx, d: DuplicateQuery): Promise<void> {
  const ids = await similarPersons(db, d);
  if (ids.length === 0) return;
  throw new CoreError('CONFLICT', 'Mungkin orang ini sudah terdaftar.', {
    fields: {
      name: `Ada ${ids.length} orang dengan nama mirip, tanggal lahir dan desa yang sama. Periksa dulu, lalu konfirmasi bila memang orang yang berbeda.`,
      candidateIds: ids.join(','),
    },
  });
}
