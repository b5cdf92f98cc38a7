// Update settings (the Dinsos URL, local settings table), the last URL check (meta), and the Dinsos key updates are checked against.
import type { DbOrTrx } from '../db/database.ts';
import { ownOfficeFacts } from '../office/own-identity.ts';
import { getMeta, putMeta } from '../office/office-repo.ts';
import { getSetting, putSetting } from '../settings/security.ts';
import { networkMeta } from '../sync/trust-meta.ts';
import { UpdateRefused } from './refusal.ts';

export const UPDATE_SETTINGS_KEY = 'updates';
export const UPDATE_LAST_CHECK_META = 'update_last_url_check';

export interface UpdateSettings {
  /** The generic-provider address Dinsos gave (where latest.yml lives), null when none. */
  url: string | null;
}

export const getUpdateSettings = (db: DbOrTrx): Promise<UpdateSettings> =>
  getSetting<UpdateSettings>(db, UPDATE_SETTINGS_KEY, { url: null });

export const putUpdateSettings = (db: DbOrTrx, s: UpdateSettings, now: number): Promise<void> =>
  putSetting(db, UPDATE_SETTINGS_KEY, s, now);

export async function getLastUrlCheck(db: DbOrTrx): Promise<number | null> {
  const raw = await getMeta(db, UPDATE_LAST_CHECK_META);
  const t = raw ? Date.parse(raw) : NaN;
  return Number.isFinite(t) ? t : null;
}

export const putLastUrlCheck = (db: DbOrTrx, at: number): Promise<void> =>
  putMeta(db, UPDATE_LAST_CHECK_META, new Date(at).toISOString());

/**
 * The Ed25519 key an update folder must be signed with: Dinsos's key pinned by the network file, or the
 * office's own key at a Dinsos office.
 */
export async function dinsosSignKey(db: DbOrTrx): Promise<string> {
  const own = await ownOfficeFacts(db);
  if (own?.type === 'dinsos') return own.signPublicKey;
  const held = await networkMeta(db);
  if (!held) {
    throw new UpdateRefused(
      'NO_TRUSTED_KEY',
      'Kantor ini belum mengimpor file jaringan dari Dinas Sosial, sehingga tanda tangan folder pembaruan tidak ' +
        'dapat diperiksa. Impor file jaringan di Sinkronisasi terlebih dahulu.',
    );
  }
  return held.dinsosSignPublicKey;
}
