// Office, region and system-status types shared by core and renderer.
import type { OfficeType } from '../api/roles.ts';

export type RegionLevel = 'provinsi' | 'kabkota' | 'kecamatan' | 'desa';

export interface Region {
  /** Dotted Kemendagri code, e.g. `33.01.08`. */
  code: string;
  name: string;
  level: RegionLevel;
}

export interface OfficeInfo {
  id: string;
  type: OfficeType;
  regionCode: string;
  /** Names of the region and its parents, province first. */
  regionPath: Region[];
  name: string;
  address: string;
  /** Office fingerprint in groups of five digits, readable over the phone. */
  fingerprint: string;
  createdAt: string;
}

/** An office whose records this register holds: a choice of the Warga, Layanan and Rujukan lists' office filter. */
export interface HeldOffice {
  id: string;
  /** As the office's own row (else its trusted key) names it; null when this register knows neither. */
  name: string | null;
  type: OfficeType | null;
  regionCode: string | null;
  /** This installation's own office. */
  own: boolean;
}

export interface SystemStatus {
  setupComplete: boolean;
  office: OfficeInfo | null;
  appVersion: string;
  schemaVersion: number;
}

export interface OfficeDetails extends OfficeInfo {
  schemaVersion: number;
  /** How private keys are protected on this PC: Electron safeStorage, or a 0600 file. */
  keyProtection: 'safeStorage' | 'file-0600';
  dataDir: string;
}
