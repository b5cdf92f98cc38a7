// Row type of `offices` (synced): this office and the offices it knows, with their public keys.
import type { SyncMeta } from './sync-meta.ts';

export interface OfficesTable extends SyncMeta {
  type: string;
  region_code: string;
  name: string;
  address: string;
  /** Ed25519 public key, raw 32 bytes, base64url. */
  sign_public_key: string;
  /** X25519 public key, raw 32 bytes, base64url. */
  box_public_key: string;
  fingerprint: string;
}
