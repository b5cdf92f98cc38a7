// Builds the authorizer for one sender from what this office holds: its own facts and the sender's trusted key.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { DbOrTrx } from '../db/database.ts';
import { ownOfficeFacts } from '../office/own-identity.ts';
import { createAuthorizer, type Authorizer } from './authorize.ts';
import { clockBound } from './clock-bound.ts';
import type { Hlc } from './hlc.ts';
import { SyncSetupError } from './peers.ts';
import { loadOfficeTree } from './office-tree.ts';

/** The name of an office as this office's trusted keys know it. */
export async function keyedName(db: DbOrTrx, officeId: string): Promise<string> {
  const key = await db
    .selectFrom('trusted_keys')
    .select('name')
    .where('office_id', '=', officeId)
    .orderBy('enrolled_at', 'desc')
    .executeTakeFirst();
  return key?.name ?? `kantor ${officeId}`;
}

/**
 * The sender's kind and name come from the newest trusted key of that office (the key that verified the
 * bundle, or for a quarantine retry the office that sent it); an office this one holds no key for is judged
 * by the strictest rules, those of a kecamatan office. For a relayed author batch the "sender" is its author
 * and `viaOfficeId` the office that relayed it (named in every refusal).
 */
export async function authorizerFor(
  db: DbOrTrx,
  sqlite: BetterSqlite3.Database,
  senderOfficeId: string,
  nowMs: number,
  createdAtMs: number | null = null,
  viaOfficeId: string | null = null,
): Promise<Authorizer> {
  const own = await ownOfficeFacts(db);
  if (!own) throw new SyncSetupError('Kantor belum disiapkan.');
  const key = await db
    .selectFrom('trusted_keys')
    .select(['office_type', 'name'])
    .where('office_id', '=', senderOfficeId)
    .orderBy('enrolled_at', 'desc')
    .executeTakeFirst();
  const hlc = (await db.selectFrom('meta').select('value').where('key', '=', 'hlc_last').executeTakeFirst())
    ?.value;
  const name = key?.name ?? `kantor ${senderOfficeId}`;
  return createAuthorizer({
    sqlite,
    receiver: {
      officeId: own.officeId,
      type: own.type,
      keys: {
        sign_public_key: own.signPublicKey,
        box_public_key: own.boxPublicKey,
        fingerprint: own.fingerprint,
      },
    },
    sender: {
      officeId: senderOfficeId,
      type: key?.office_type ?? 'kecamatan',
      name: viaOfficeId ? `${name} (diteruskan oleh ${await keyedName(db, viaOfficeId)})` : name,
    },
    tree: await loadOfficeTree(db),
    clock: clockBound({
      receiverNowMs: nowMs,
      localHlcMs: hlc ? (JSON.parse(hlc) as Hlc).ms : 0,
      createdAtMs,
      senderIsDinsos: key?.office_type === 'dinsos',
    }),
  });
}
