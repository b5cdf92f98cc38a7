// Office side of recovery: checks and applies Dinsos's re-seed bundle, then continues the office's sequence.
import { basename } from 'node:path';
import { saveUnsentBeforeDestructive, type UnsentSaveResult } from '../backup/unsent-guard.ts';
import type { CoreDeps } from '../context.ts';
import { OperationCancelled, type OperationControl } from '../operations/control.ts';
import { CoreError } from '../errors.ts';
import { BundleError } from '../sync/bundle/errors.ts';
import { openBundlePayload, readBundleHeader } from '../sync/bundle/reader.ts';
import type { BundleHeader } from '../sync/bundle/header.ts';
import type { BundleTerms } from '../sync/bundle/payload-lines.ts';
import { importBundle, type ImportOutcome } from '../sync/import.ts';
import { ownIdentity, peerOf, senderKey, type OwnIdentity } from '../sync/peers.ts';
import { networkMeta } from '../sync/trust-meta.ts';
import { adoptReseedTerms } from './terms.ts';
import { fileTally, type FileTally } from '../attachments/file-tally.ts';
import { storeRoot } from '../attachments/store-key.ts';
import { continueAfterReseed, ensureOwnKeysPublished, hasUnsentWork, type Continuation } from './continue.ts';

/** periksa, simpan, terapkan, lanjut. */
const STEPS = 4;

export interface ReseedImported {
  outcome: ImportOutcome;
  /** Null when the bundle was refused. */
  continuation: Continuation | null;
  /** What was saved to the outbox first, or null when nothing of this office was unsent. */
  unsent: UnsentSaveResult | null;
  /** True when the own offices row had to be written again with this installation's keys. */
  keysRepublished: boolean;
  /** The live attachments by the state of their file, after the re-seed; null when refused. */
  files: FileTally | null;
}

function refuse(message: string, code: 'VALIDATION' | 'CONFLICT' | 'FORBIDDEN' = 'VALIDATION'): never {
  throw new CoreError(code, message, { fields: { file: message } });
}

/** A codec or trust refusal (Indonesian message) becomes the clerk's message; anything else stays an error. */
function bundleMessage(err: unknown): never {
  if (err instanceof BundleError) refuse(err.message);
  throw err;
}

/** Header, sender and recipient checks, and the acknowledgement Dinsos put in the payload's preamble. */
async function inspect(
  deps: CoreDeps,
  own: OwnIdentity,
  path: string,
): Promise<{ header: BundleHeader; continueAfter: number; terms: BundleTerms | undefined }> {
  if (own.type === 'dinsos') {
    refuse('Paket pemulihan diimpor di kantor kecamatan/desa, bukan di Dinas Sosial.', 'FORBIDDEN');
  }
  const held = await networkMeta(deps.db);
  if (!held) {
    refuse(
      'Kantor ini belum mengimpor file jaringan dari Dinas Sosial. Daftarkan kantor (puskesos enroll request), ' +
        'impor file jaringan dari Dinas Sosial, lalu impor paket pemulihan.',
      'CONFLICT',
    );
  }
  const header = await readBundleHeader(path).catch(bundleMessage);
  if (header.sender.officeId !== held.dinsosOfficeId) {
    refuse('Paket pemulihan hanya diterima dari Dinas Sosial kantor ini. Paket ini dari kantor lain.');
  }
  const me = header.recipients.find((r) => r.officeId === own.officeId);
  if (!me) refuse('Paket pemulihan ini dibuat untuk kantor lain, bukan untuk kantor ini.');
  if (me.fingerprint !== own.fingerprint) {
    refuse(
      'Paket pemulihan ini dienkripsi untuk kunci lain kantor ini (misalnya kunci lama yang sudah dicabut). ' +
        'Minta Dinas Sosial menerima pendaftaran instalasi ini terlebih dahulu, lalu membuat paket pemulihan baru.',
      'CONFLICT',
    );
  }
  const key = await senderKey(deps.db, header.sender).catch(bundleMessage);
  const opened = await openBundlePayload(path, own.keys.box.privateKey, {
    senderSignPublicKey: key.sign_public_key,
    recipient: { officeId: own.officeId, fingerprint: own.fingerprint },
  }).catch(bundleMessage);
  await opened.close();
  const ack = opened.preamble.acks.find((a) => a.officeId === own.officeId);
  return { header, continueAfter: ack?.sequence ?? 0, terms: opened.preamble.terms };
}

/**
 * Imports a re-seed bundle from this office's Dinsos. Nothing is written when the file is not a bundle from
 * the pinned Dinsos to this installation's key. Unsent work of this office is first saved to the outbox (the
 * merge keeps newer local edits anyway, but nothing is risked). The bundle then goes through the normal
 * import (signature, digest, one transaction, last writer wins, the HLC moved past every stamp in it), after
 * which this installation's bundle sequence continues after the earlier installation's and, when nothing
 * was unsent, the re-seeded rows count as held by Dinsos.
 *
 * With a `control` (the reseed.importRun operation): `periksa`, `simpan`, `terapkan`, `lanjut`; a cancel up to the
 * bundle's commit throws OperationCancelled and nothing of the bundle is applied.
 */
export async function importReseed(
  deps: CoreDeps,
  path: string,
  control?: OperationControl,
): Promise<ReseedImported> {
  const step = async (phase: string, done: number): Promise<void> => {
    if (control && (await control.checkpoint())) throw new OperationCancelled();
    control?.progress({ phase, done, total: STEPS, item: basename(path) });
  };
  await step('periksa', 0);
  const own = await ownIdentity(deps.db, deps.paths.keys, deps.keyProtector);
  const { header, continueAfter, terms } = await inspect(deps, own, path);
  const dinsosId = header.sender.officeId;
  const peer = await peerOf(deps.db, dinsosId);
  // A bundle this installation numbered in the earlier installation's range was skipped at Dinsos as already
  // applied, so an acknowledgement that seemed to cover it proves nothing: look at every change then.
  const early = await deps.db
    .selectFrom('bundles_out')
    .select('id')
    .where('peer_office_id', '=', dinsosId)
    .where('sequence', '<=', continueAfter)
    .executeTakeFirst();
  const unsentBefore = hasUnsentWork(deps.sqlite, own, early ? -1 : peer.acked_local_seq);
  await step('simpan', 1);
  const unsent = unsentBefore ? await saveUnsentBeforeDestructive(deps, 'pemulihan') : null;
  await step('terapkan', 2);
  // One transaction: a cancel before it commits rolls the whole bundle back (OperationCancelled).
  const outcome = await importBundle(deps, path, undefined, control?.signal);
  // Applied: the sequence must now continue after it, whatever is asked.
  control?.pointOfNoReturn();
  control?.progress({ phase: 'lanjut', done: 3, total: STEPS, item: basename(path) });
  if (outcome.status === 'refused') {
    return { outcome, continuation: null, unsent, keysRepublished: false, files: null };
  }
  // The erased residents arrived scrubbed: their term hashes come from Dinsos (terms.ts).
  if (terms) adoptReseedTerms(deps.sqlite, terms, new Date(deps.now()).toISOString());
  const continuation = await continueAfterReseed(deps, own, dinsosId, continueAfter, unsentBefore, {
    at: new Date(deps.now()).toISOString(),
    file: outcome.file,
    dinsosOfficeId: dinsosId,
    sequence: header.sequence,
    records: Object.values(header.counts).reduce((a, b) => a + b, 0),
    continueAfter,
  });
  const keysRepublished = await ensureOwnKeysPublished(deps, own);
  const files = await fileTally(deps.db, storeRoot(deps.paths.dir));
  return { outcome, continuation, unsent, keysRepublished, files };
}
