// Test helpers for sync: offices that trust each other (trusted_keys rows), export and import between them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Register } from '../../electron/core/register.ts';
import { exportBundles, type ExportedBundle } from '../../electron/core/sync/export.ts';
import { importBundle, type ImportOutcome } from '../../electron/core/sync/import.ts';
import { registerDigest } from '../../electron/core/digest/digest.ts';
import type { SetupInput } from '../../shared/api/methods/system.ts';
import { SETUP_INPUT } from './register.ts';
import { putMeta } from '../../electron/core/office/office-repo.ts';

export const DINSOS_SETUP = {
  officeType: 'dinsos',
  regionCode: '33.01',
  name: 'Dinas Sosial Kabupaten Cilacap',
  address: 'Jl. Kalimantan No. 1, Cilacap',
  admin: { username: 'admin', fullName: 'Admin Dinsos', password: 'rahasia-admin-1' },
} as const satisfies SetupInput;

export const KECAMATAN_2_SETUP = {
  ...SETUP_INPUT,
  regionCode: '33.01.09',
  name: 'Puskesos Kecamatan Kawunganten',
} as const satisfies SetupInput;

interface OfficeRow {
  id: string;
  type: string;
  region_code: string;
  name: string;
  sign_public_key: string;
  box_public_key: string;
  fingerprint: string;
}

export const ownOfficeRow = (r: Register): OfficeRow =>
  r.deps.sqlite
    .prepare(
      `select o.id, o.type, o.region_code, o.name, o.sign_public_key, o.box_public_key, o.fingerprint
       from offices o join meta m on m.key = 'office_id' and m.value = o.id`,
    )
    .get() as OfficeRow;

export const officeIdOf = (r: Register): string => ownOfficeRow(r).id;

/** `at` trusts `office` (as enrollment and the network file would record it). */
export function trust(at: Register, office: Register, status: 'active' | 'revoked' = 'active'): void {
  const o = ownOfficeRow(office);
  at.deps.sqlite
    .prepare(
      `insert into trusted_keys (fingerprint, office_id, office_type, region_code, name, sign_public_key,
         box_public_key, status, enrolled_at, revoked_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (fingerprint) do update set status = excluded.status, revoked_at = excluded.revoked_at`,
    )
    .run(
      o.fingerprint,
      o.id,
      o.type,
      o.region_code,
      o.name,
      o.sign_public_key,
      o.box_public_key,
      status,
      '2026-03-01T00:00:00.000Z',
      status === 'revoked' ? '2026-03-02T00:00:00.000Z' : null,
    );
}

/** Dinsos and each office trust each other. */
export function link(dinsos: Register, offices: readonly Register[]): void {
  for (const o of offices) {
    trust(dinsos, o);
    trust(o, dinsos);
  }
}

export const exportTo = (r: Register, outDir: string): Promise<ExportedBundle[]> =>
  exportBundles(r.deps, outDir);

export async function importAll(r: Register, files: readonly string[]): Promise<ImportOutcome[]> {
  const out: ImportOutcome[] = [];
  for (const f of files) out.push(await importBundle(r.deps, f));
  return out;
}

/** The files an export wrote (recipients with nothing new have none). */
export const written = (bundles: readonly ExportedBundle[]): string[] =>
  bundles.flatMap((b) => (b.path ? [b.path] : []));

export const digestOf = (r: Register, origin: string | null = null): string =>
  registerDigest(r.deps.sqlite, origin).register;

export const pksbIn = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.pksb'))
    .sort()
    .map((f) => join(dir, f));

/** What importing Dinsos's network file records at an office: the pinned Dinsos (a re-seed needs it). */
export async function pinDinsos(at: Register, dinsosOfficeId: string): Promise<void> {
  await putMeta(
    at.deps.db,
    'trust_network',
    JSON.stringify({
      dinsosSignPublicKey: '',
      dinsosOfficeId,
      networkVersion: 1,
      digest: '',
      at: '',
      ownEnrollment: 'terdaftar',
    }),
  );
}
