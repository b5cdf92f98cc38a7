// Dinsos side of recovery: one re-seed bundle with everything Dinsos holds of an office, for its new installation.
import { basename } from 'node:path';
import { v7 } from 'uuid';
import type { ReseedExportSummary } from '../../../shared/types/reseed.ts';
import type { CoreDeps } from '../context.ts';
import { OperationCancelled, type OperationControl } from '../operations/control.ts';
import type { ChangeRecord } from '../sync/bundle/change-record.ts';
import type { TrustedKeysTable } from '../db/tables/sync-ledger.ts';
import { CoreError } from '../errors.ts';
import { getMeta } from '../office/office-repo.ts';
import { writeBundle } from '../sync/bundle/writer.ts';
import { BundlePersons } from '../breach/bundle-persons.ts';
import { logExport } from '../breach/export-log.ts';
import { formatStamp, type Hlc } from '../sync/hlc.ts';
import { ownIdentity, peerOf, type OwnIdentity } from '../sync/peers.ts';
import { officeRecords } from './records.ts';
import { reseedTerms } from './terms.ts';
import { reseedFiles } from './files.ts';
import { markSent as markFilesSent } from '../attachments/sync-out.ts';
import { readSchemaVersion } from '../storage/schema-version.ts';

/** What was written (the reseed.exportRun operation's result). */
export type ReseedExported = ReseedExportSummary;

/** The office's newest active key; refuses with a clear message when the office is unknown or has none. */
async function recipientKey(
  deps: CoreDeps,
  officeId: string,
): Promise<{ key: TrustedKeysTable; revoked: boolean }> {
  const keys = await deps.db
    .selectFrom('trusted_keys')
    .selectAll()
    .where('office_id', '=', officeId)
    .orderBy('enrolled_at', 'desc')
    .execute();
  const first = keys[0];
  if (!first) {
    throw new CoreError('NOT_FOUND', `Kantor ${officeId} tidak terdaftar di Dinas Sosial ini.`, {
      fields: { office: 'Tidak terdaftar.' },
    });
  }
  if (first.office_type === 'dinsos') {
    throw new CoreError(
      'VALIDATION',
      'Paket pemulihan dibuat untuk kantor kecamatan atau desa, bukan Dinas Sosial.',
    );
  }
  const key = keys.find((k) => k.status === 'active');
  if (!key) {
    throw new CoreError(
      'CONFLICT',
      `Kunci ${first.name} sudah dicabut dan belum ada kunci baru yang didaftarkan. Terima dulu permintaan ` +
        'pendaftaran dari instalasi baru kantor itu (puskesos enroll accept), lalu buat paket pemulihan: ' +
        'paket hanya dienkripsi untuk kunci baru.',
    );
  }
  return { key, revoked: keys.some((k) => k.status === 'revoked') };
}

interface Allocation {
  sequence: number;
  bundleOutId: string;
  /** The highest sequence Dinsos applied from the office (any of its keys so far). */
  continueAfter: number;
}

/**
 * Takes the next sequence to the office and records the bundle in bundles_out with the current local_seq as
 * its watermark: when the new installation acknowledges it, Dinsos knows the office holds everything up to
 * there and its return bundles go on from that point (the re-seed is complete, not incremental).
 */
async function allocate(
  deps: CoreDeps,
  own: OwnIdentity,
  officeId: string,
  fileName: string,
): Promise<Allocation> {
  return deps.db.transaction().execute(async (trx) => {
    const peer = await peerOf(trx, officeId);
    const upper = Number((await getMeta(trx, 'local_seq')) ?? '0');
    const hlcRaw = await getMeta(trx, 'hlc_last');
    const hlc: Hlc = hlcRaw ? (JSON.parse(hlcRaw) as Hlc) : { ms: 0, counter: 0 };
    const at = new Date(deps.now()).toISOString();
    const bundleOutId = v7({ msecs: deps.now() });
    const sequence = peer.next_out_seq;
    // Not only applied_in_seq (bundles with records): an acknowledgement-only bundle is recorded as applied too,
    // and the new installation must not reuse its number either.
    const applied = await trx
      .selectFrom('bundles_in')
      .select((eb) => eb.fn.max('sequence').as('n'))
      .where('sender_office_id', '=', officeId)
      .where('status', '=', 'applied')
      .executeTakeFirst();
    const continueAfter = Math.max(peer.applied_in_seq, Number(applied?.n ?? 0));
    await trx
      .updateTable('sync_peers')
      .set({ next_out_seq: sequence + 1, last_out_at: at })
      .where('office_id', '=', officeId)
      .execute();
    await trx
      .insertInto('bundles_out')
      .values({
        id: bundleOutId,
        peer_office_id: officeId,
        sequence,
        file_name: fileName,
        created_at: at,
        local_seq_max: upper,
        records: 0,
        counts: '{}',
        bytes: 0,
        status: 'menulis',
        hlc_at_export: formatStamp(hlc, own.officeId),
        acked_in_seq: peer.applied_in_seq,
      })
      .execute();
    return { sequence, bundleOutId, continueAfter };
  });
}

/** Records are reported this often while the bundle is written. */
const REPORT_EVERY = 500;

/** The record stream, reporting `tulis` (records so far, by table) and stopping when cancel was asked. */
function* watched(records: Iterable<ChangeRecord>, control: OperationControl): Generator<ChangeRecord> {
  let n = 0;
  for (const r of records) {
    if (control.signal.aborted) throw new OperationCancelled();
    yield r;
    if (++n % REPORT_EVERY === 0) control.progress({ phase: 'tulis', done: n, total: null, item: r.table });
  }
}

/** A cancelled export gives its number back: the allocation is undone as if it never happened. */
async function release(deps: CoreDeps, officeId: string, a: Allocation): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('bundles_out').where('id', '=', a.bundleOutId).execute();
    await trx
      .updateTable('sync_peers')
      .set({ next_out_seq: a.sequence })
      .where('office_id', '=', officeId)
      .where('next_out_seq', '=', a.sequence + 1)
      .execute();
  });
}

/**
 * Writes the re-seed bundle for `officeId` to `out` (temporary name, then rename): a normal bundle from
 * Dinsos, signed with Dinsos's key and encrypted to the office's active key only, carrying every row of the
 * office's records Dinsos holds (rows it originated and rows Dinsos added to them, tombstones included)
 * plus the offices table, and Dinsos's acknowledgement of the office's earlier bundles, which tells the
 * new installation where its own bundle sequence continues. Its attachment section carries the bytes of every
 * live attachment of those records Dinsos holds (files.ts, no budget). The preamble also carries the term hashes Dinsos
 * keeps for the office's erasures (terms.ts), which the new installation cannot make from scrubbed rows.
 *
 * With a `control` (the reseed.exportRun operation) it reports `periksa` and `tulis` and stops at a cancel before
 * the file is in place (OperationCancelled): no file, no temporary file, and the bundle number given back.
 */
export async function exportReseed(
  deps: CoreDeps,
  officeId: string,
  out: string,
  control?: OperationControl,
): Promise<ReseedExported> {
  control?.progress({ phase: 'periksa', done: 0, total: null, item: null });
  const own = await ownIdentity(deps.db, deps.paths.keys, deps.keyProtector);
  if (own.type !== 'dinsos') {
    throw new CoreError(
      'FORBIDDEN',
      'Paket pemulihan hanya dibuat di kantor Dinas Sosial, yang menyimpan data semua kantor di wilayahnya.',
    );
  }
  if (officeId === own.officeId) {
    throw new CoreError('VALIDATION', 'Dinas Sosial tidak membuat paket pemulihan untuk dirinya sendiri.');
  }
  const { key, revoked } = await recipientKey(deps, officeId);
  if (control && (await control.checkpoint())) throw new OperationCancelled();
  const a = await allocate(deps, own, officeId, basename(out));
  const schemaVersion = await readSchemaVersion(deps.db);
  const carried = new BundlePersons(deps.now());
  const stream = officeRecords(deps.sqlite, officeId);
  const terms = reseedTerms(deps.sqlite, officeId);
  const files = await reseedFiles(deps, officeId);
  try {
    const written = await writeBundle({
      out,
      sender: {
        officeId: own.officeId,
        fingerprint: own.fingerprint,
        signPublicKey: own.keys.sign.publicKey,
        signPrivateKey: own.keys.sign.privateKey,
      },
      recipients: [{ officeId, fingerprint: key.fingerprint, boxPublicKey: key.box_public_key }],
      sequence: a.sequence,
      schemaVersion,
      records: carried.collect(control ? watched(stream, control) : stream),
      extra: {
        acks: a.continueAfter > 0 ? [{ officeId, sequence: a.continueAfter }] : [],
        ...(terms ? { terms } : {}),
      },
      createdAt: new Date(deps.now()),
      ...(files.source ? { attachments: files.source } : {}),
    });
    // The file is in place: what follows (the ledger and the export log) runs to its end.
    control?.pointOfNoReturn();
    // The new installation holds these files once it applies the bundle: not offered again unless it says it lacks them.
    await markFilesSent(deps.db, officeId, a.sequence, files.source?.index.blobs ?? []);
    const counts = written.header.counts;
    const records = Object.values(counts).reduce((x, y) => x + y, 0);
    await deps.db
      .updateTable('bundles_out')
      .set({
        status: 'terkirim',
        records,
        counts: JSON.stringify(counts),
        bytes: written.bytes,
        attachments: files.source?.index.blobs.length ?? 0,
      })
      .where('id', '=', a.bundleOutId)
      .execute();
    await logExport(
      deps.db,
      {
        kind: 'bundle',
        fileName: basename(out),
        atMs: deps.now(),
        sha256: written.sha256,
        bundleRef: `${own.officeId}/${officeId}/${a.sequence}`,
        detail: `paket pemulihan untuk ${key.name}`,
      },
      await carried.resolve(deps.db),
    );
    return {
      path: out,
      officeId,
      officeName: key.name,
      fingerprint: key.fingerprint,
      sequence: a.sequence,
      records,
      counts,
      continueAfter: a.continueAfter,
      oldKeyRevoked: revoked,
      files: { carried: files.carried, missing: files.missing },
    };
  } catch (err) {
    if (err instanceof OperationCancelled) {
      await release(deps, officeId, a);
      throw err;
    }
    await deps.db
      .updateTable('bundles_out')
      .set({ status: 'gagal' })
      .where('id', '=', a.bundleOutId)
      .execute();
    throw err;
  }
}
