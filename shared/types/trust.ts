// Trust between offices as the UI sees it: this office's keys, the network file held, the trusted offices.
import type { OfficeType } from '../api/roles.ts';
import type { GeneratedFile } from './cases.ts';

export interface TrustedOffice {
  officeId: string;
  name: string;
  type: OfficeType;
  regionCode: string;
  fingerprint: string;
  status: 'active' | 'revoked';
  enrolledAt: string;
  revokedAt: string | null;
}

/** Whether Dinsos lists this office's current key (kecamatan/desa side; a Dinsos is always 'terdaftar'). */
export type OwnEnrollment = 'belum_terdaftar' | 'terdaftar' | 'dicabut';

export interface TrustStatus {
  officeId: string;
  officeType: OfficeType;
  fingerprint: string;
  ownEnrollment: OwnEnrollment;
  /** Office side: version of the network file imported; Dinsos side: version last exported. */
  networkVersion: number | null;
  /** When that file was imported (office) or issued (Dinsos). */
  networkAt: string | null;
  /** The pinned Dinsos (office side), null before the first network import and at Dinsos itself. */
  dinsos: TrustedOffice | null;
  /** Every trusted key, active and revoked, Dinsos first, then by name. */
  offices: TrustedOffice[];
  /** The office tree held here: each desa Puskesos placed under its kecamatan (any other office is under Dinsos). */
  upstreams: { officeId: string; upstreamId: string }[];
}

/** Dinsos placed an office in the tree (written into the next network file). */
export interface OfficePlaced {
  officeId: string;
  name: string;
  /** The kecamatan office above it, or null: directly under Dinsos. */
  upstreamId: string | null;
  upstreamName: string | null;
}

export interface EnrollmentRequestFile {
  file: GeneratedFile;
  fingerprint: string;
  /** The kecamatan office the request names as its route (a desa holding a network file), else null. */
  viaName: string | null;
}

export interface EnrollmentAccepted {
  officeId: string;
  name: string;
  type: OfficeType;
  regionCode: string;
  /** Region names, province first (e.g. "Jawa Tengah / Kabupaten Cilacap / Jeruklegi"). */
  regionName: string;
  fingerprint: string;
  /** The same key was already enrolled: nothing changed. */
  alreadyEnrolled: boolean;
  /** The kecamatan the desa was placed under, as its request asked (signed by the desa); null: directly under Dinsos. */
  placedUnder: string | null;
  /** Other active offices in the same region (a second installation? compare before trusting it). */
  sameRegion: { officeId: string; name: string; fingerprint: string }[];
}

export interface NetworkFileExport {
  file: GeneratedFile;
  networkVersion: number;
  offices: number;
  revoked: number;
}

export interface NetworkImported {
  /** first: Dinsos pinned now (compare its fingerprint by phone); newer: an update; same: already held. */
  status: 'first' | 'newer' | 'same';
  networkVersion: number;
  dinsos: { officeId: string; name: string; regionCode: string; fingerprint: string };
  offices: number;
  revoked: number;
  ownEnrollment: OwnEnrollment;
}

export interface OfficeRevoked {
  officeId: string;
  name: string;
  fingerprints: string[];
  revokedAt: string;
}

/** A desa's enrollment request relayed through its kecamatan (docs/network-tree.md §1a). */
export interface RelayedEnrollment {
  officeId: string;
  name: string;
  regionCode: string;
  fingerprint: string;
  /** At Dinsos, a pending request exactly as the desa signed it (accepted through trust.acceptEnrollment). */
  content: string | null;
  /** The kecamatan that carries (carried) it. */
  viaOfficeId: string;
  viaName: string;
  receivedAt: string;
  /**
   * Kecamatan: akan_diteruskan (not in a bundle yet), diteruskan (carried until Dinsos's network file decides).
   * Dinsos: menunggu (compare the fingerprint by phone, then accept), ditolak (with the reason).
   */
  status: 'akan_diteruskan' | 'diteruskan' | 'menunggu' | 'ditolak';
  /** Kecamatan: the bundle to Dinsos that carried it last. */
  sentInBundle: number | null;
  reason: string | null;
}

export interface RelayedEnrollments {
  /** Who is asking: a kecamatan (requests it carries), Dinsos (requests that arrived relayed), another office. */
  role: 'kecamatan' | 'dinsos' | 'lain';
  items: RelayedEnrollment[];
}

export interface EnrollmentRelayed {
  name: string;
  fingerprint: string;
  alreadyHeld: boolean;
}
