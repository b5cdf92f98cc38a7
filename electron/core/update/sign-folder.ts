// Dinsos side: signs a folder of release files into the update manifest every office can verify with Dinsos's key.
import { join } from 'node:path';
import { writeFileAtomic } from '../datadir/files.ts';
import { ownEntry, ownKeys, requireDinsos, type TrustDeps } from '../sync/trust-local.ts';
import { createManifest, MANIFEST_FILE, MANIFEST_FORMAT_VERSION, MANIFEST_KIND } from './manifest.ts';
import { readReleaseSet } from './release-files.ts';

export interface SignedFolder {
  path: string;
  version: string;
  files: { name: string; size: number }[];
  fingerprint: string;
}

/**
 * Hashes every release file in `dir` (installers, blockmaps, latest*.yml), and writes the manifest signed
 * with this Dinsos office's Ed25519 key beside them (temporary name, then rename). Only a Dinsos office signs.
 */
export async function signUpdateFolder(deps: TrustDeps, dir: string): Promise<SignedFolder> {
  const own = await ownEntry(deps.db);
  requireDinsos(own, 'Menandatangani folder pembaruan');
  const keys = ownKeys(deps, own);
  const set = await readReleaseSet(dir);
  const text = createManifest(
    {
      kind: MANIFEST_KIND,
      formatVersion: MANIFEST_FORMAT_VERSION,
      version: set.version,
      createdAt: new Date(deps.now()).toISOString(),
      signer: {
        officeId: own.officeId,
        name: own.name,
        regionCode: own.regionCode,
        fingerprint: own.fingerprint,
      },
      files: set.files,
    },
    keys.sign.publicKey,
    keys.sign.privateKey,
  );
  const path = join(dir, MANIFEST_FILE);
  writeFileAtomic(path, text);
  return {
    path,
    version: set.version,
    files: set.files.map((f) => ({ name: f.name, size: f.size })),
    fingerprint: own.fingerprint,
  };
}
