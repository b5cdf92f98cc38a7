// One resident, several records: the identity key under which linked records ('sama' decisions) count once.
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';

/**
 * A function from a person id to its identity key: records joined by live 'sama' decisions (chains too) share
 * one key, the lowest id of the group; every other record is its own key. Only Dinsos holds decisions about
 * records of two offices, so elsewhere it is the identity for all but an office's own linked pairs.
 */
export async function linkedIdentity(db: DbOrTrx): Promise<(personId: string) => string> {
  const pairs = await sql<{ person_a: string; person_b: string }>`
    select person_a, person_b from duplicate_decisions
    where decision = 'sama' and undone = 0 and deleted = 0`.execute(db);
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    for (let p = parent.get(root); p !== undefined && p !== root; p = parent.get(root)) root = p;
    for (let y = x; y !== root;) {
      const next = parent.get(y) ?? root;
      parent.set(y, root);
      y = next;
    }
    return root;
  };
  for (const { person_a: a, person_b: b } of pairs.rows) {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) continue;
    if (ra < rb) parent.set(rb, ra);
    else parent.set(ra, rb);
  }
  return find;
}
