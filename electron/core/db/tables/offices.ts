// Row type of `offices` (synced): this office and the offices it knows, with their public keys.
export interface OfficesTable {
  id: string;
  origin_office_id: string;
  type: string;
  region_code: string;
  name: string;
  address: string;
  /** Ed25519 public key, raw 32 bytes, base64. */
  sign_public_key: string;
  /** X25519 public key, raw 32 bytes, base64. */
  box_public_key: string;
  fingerprint: string;
  created_at: string;
}
