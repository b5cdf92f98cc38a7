// What the trust store keeps in `meta`: the network file an office holds, and Dinsos's last exported version.
import type { DbOrTrx } from '../db/database.ts';
import { getMeta } from '../office/office-repo.ts';
import type { OwnEnrollment } from '../../../shared/types/trust.ts';

/** Office side: the pinned Dinsos and the network file last imported. */
export const NETWORK_KEY = 'trust_network';
/** Dinsos side: version and time of the network file last exported. */
export const NETWORK_VERSION_KEY = 'trust_network_version';
export const NETWORK_ISSUED_KEY = 'trust_network_issued_at';
/** Both sides: the text of the network file last exported (Dinsos) or imported (office), carried down in bundles. */
export const NETWORK_TEXT_KEY = 'trust_network_text';

export interface HeldNetworkMeta {
  dinsosSignPublicKey: string;
  dinsosOfficeId: string;
  networkVersion: number;
  digest: string;
  /** When it was imported here. */
  at: string;
  ownEnrollment: OwnEnrollment;
}

export async function networkMeta(db: DbOrTrx): Promise<HeldNetworkMeta | null> {
  const raw = await getMeta(db, NETWORK_KEY);
  return raw ? (JSON.parse(raw) as HeldNetworkMeta) : null;
}

/** A region code or name made safe for a file name (`33.01.08` stays as is). */
export const fileNamePart = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');
