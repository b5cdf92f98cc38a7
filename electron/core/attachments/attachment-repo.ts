// Attachment reference rows: add (after intake, bytes stored first), list per record, read the bytes, remove.
import { v7 as uuidv7 } from 'uuid';
import type { DbOrTrx } from '../db/database.ts';
import type { AttachmentsTable } from '../db/tables/attachments.ts';
import { CoreError } from '../errors.ts';
import {
  ATTACHMENT_OWNER_TABLES,
  type AttachmentOwnerType,
} from '../../../shared/reference/attachment-kinds.ts';
import type {
  AttachmentAdded,
  AttachmentFileState,
  AttachmentFile,
  AttachmentMime,
  AttachmentSummary,
} from '../../../shared/types/attachments.ts';
import { AttachmentDamagedError, getBlob, putBlob, sha256Hex } from './blob-store.ts';
import { intakeFile } from './intake.ts';
import { fileStateIn } from './file-state.ts';
import { loadOfficeTree } from '../sync/office-tree.ts';
import { createWriter } from '../sync/writer.ts';
import { ensureStoreKeys, findStoreKeys } from './store-key.ts';

export interface AttachmentOwner {
  type: AttachmentOwnerType;
  id: string;
}

export interface NewAttachment {
  owner: AttachmentOwner;
  kind: string;
  note: string;
  legalBasis: string;
  bytes: Buffer;
}

export interface AttachmentWriter {
  db: DbOrTrx;
  /** The lampiran/ folder of the data directory. */
  root: string;
  officeId: string;
  username: string;
  nowMs: number;
}

const OWNER_MISSING: Record<AttachmentOwnerType, string> = {
  person: 'Warga tidak ditemukan.',
  household: 'Keluarga tidak ditemukan.',
  case: 'Kasus tidak ditemukan.',
  referral: 'Rujukan tidak ditemukan.',
  usulan: 'Usulan DTSEN tidak ditemukan.',
};

export async function assertOwnerExists(db: DbOrTrx, owner: AttachmentOwner): Promise<void> {
  const row = await db
    .selectFrom(ATTACHMENT_OWNER_TABLES[owner.type])
    .select('id')
    .where('id', '=', owner.id)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (!row) throw new CoreError('NOT_FOUND', OWNER_MISSING[owner.type]);
}

/**
 * A proposal's evidence is added by the office that made it, the only one that writes the proposal (docs/usulan.md):
 * Dinsos asks for missing evidence with a return (`dikembalikan`), it does not attach it. The other owners keep
 * their rule (any office holding the record may attach; the row is its own).
 */
export async function assertMayAttach(db: DbOrTrx, owner: AttachmentOwner, officeId: string): Promise<void> {
  if (owner.type !== 'usulan') return;
  const u = await db
    .selectFrom('usulan')
    .select('origin_office_id')
    .where('id', '=', owner.id)
    .executeTakeFirst();
  if (u && u.origin_office_id !== officeId) {
    throw new CoreError(
      'FORBIDDEN',
      'Bukti usulan DTSEN dilampirkan oleh kantor yang membuat usulan ini. Minta kantor itu melengkapinya.',
    );
  }
}

/**
 * A file is removed by the office that attached it, an office above it, or Dinsos (the same rule as the merge's
 * `hanya-milik-sendiri`): a kecamatan removing a file Dinsos attached to its case would be refused at Dinsos and
 * the two registers would disagree, so it is refused here, with whom to ask.
 */
async function assertMayRemove(db: DbOrTrx, row: AttachmentsTable, officeId: string): Promise<void> {
  if (row.origin_office_id === officeId) return;
  const offices = await db
    .selectFrom('offices')
    .select(['id', 'type', 'name'])
    .where('id', 'in', [row.origin_office_id, officeId])
    .execute();
  if (offices.find((o) => o.id === officeId)?.type === 'dinsos') return;
  if ((await loadOfficeTree(db)).isAtOrBelow(row.origin_office_id, officeId)) return;
  const by = offices.find((o) => o.id === row.origin_office_id)?.name ?? 'kantor lain';
  throw new CoreError(
    'FORBIDDEN',
    `Lampiran ini ditambahkan oleh ${by}; hanya kantor itu yang dapat menghapusnya. Hubungi kantor tersebut bila lampiran perlu dihapus.`,
  );
}

/** The row's own data: the reference, without the sync bookkeeping. */
type AttachmentData = Omit<
  AttachmentsTable,
  'created_at' | 'updated_at' | 'deleted' | 'clocks' | 'hlc' | 'local_seq'
>;

const toSummary = (r: AttachmentData, file: AttachmentFileState): AttachmentSummary => ({
  id: r.id,
  ownerType: r.owner_type as AttachmentOwnerType,
  ownerId: r.owner_id,
  kind: r.kind,
  note: r.note,
  legalBasis: r.legal_basis,
  mime: r.mime as AttachmentMime,
  size: r.size,
  originalSize: r.original_size,
  width: r.width,
  height: r.height,
  addedBy: r.added_by,
  addedAt: r.added_at,
  removedAt: r.removed_at,
  removedBy: r.removed_by,
  removedReason: r.removed_reason,
  file,
});

/**
 * The file is checked and converted before anything is written; the bytes go to the store (temporary name,
 * rename) before the row is inserted, so a row never points to a missing file. If the transaction then rolls
 * back, an unreferenced file stays behind: harmless (encrypted, and reused by the next attach of the same scan).
 */
export async function addAttachment(w: AttachmentWriter, a: NewAttachment): Promise<AttachmentAdded> {
  await assertOwnerExists(w.db, a.owner);
  await assertMayAttach(w.db, a.owner, w.officeId);
  const taken = await intakeFile(a.bytes);
  const contentHash = sha256Hex(taken.bytes);
  const keys = await ensureStoreKeys(w.db, w.nowMs);
  const storedNew = putBlob(w.root, keys, contentHash, taken.bytes);
  const row = {
    id: uuidv7({ msecs: w.nowMs }),
    origin_office_id: w.officeId,
    owner_type: a.owner.type,
    owner_id: a.owner.id,
    kind: a.kind,
    note: a.note,
    legal_basis: a.legalBasis,
    content_hash: contentHash,
    mime: taken.mime,
    size: taken.bytes.length,
    original_size: a.bytes.length,
    width: taken.width,
    height: taken.height,
    added_by: w.username,
    added_at: new Date(w.nowMs).toISOString(),
    removed_at: null,
    removed_by: null,
    removed_reason: null,
  };
  // Through the sync writer: stamped and counted, so the row travels to whoever may see the record.
  await createWriter(w.db, w.officeId, () => w.nowMs).insert('attachments', row);
  return { ...toSummary(row, 'here'), storedNew };
}

/** A record's attachments, newest first; removed ones only when asked (they keep who removed them and why). */
export async function listAttachments(
  db: DbOrTrx,
  root: string,
  owner: AttachmentOwner,
  includeRemoved: boolean,
): Promise<AttachmentSummary[]> {
  let q = db
    .selectFrom('attachments')
    .selectAll()
    .where('owner_type', '=', owner.type)
    .where('owner_id', '=', owner.id);
  if (!includeRemoved) q = q.where('removed_at', 'is', null);
  const rows = await q.orderBy('added_at', 'desc').orderBy('id', 'desc').execute();
  const stateOf = await fileStateIn(db, root);
  return rows.map((r) => toSummary(r, stateOf(r)));
}

async function findRow(db: DbOrTrx, id: string): Promise<AttachmentsTable> {
  const row = await db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new CoreError('NOT_FOUND', 'Lampiran tidak ditemukan.');
  return row;
}

export async function getAttachmentRow(db: DbOrTrx, root: string, id: string): Promise<AttachmentSummary> {
  const row = await findRow(db, id);
  return toSummary(row, (await fileStateIn(db, root))(row));
}

const EXT: Record<AttachmentMime, string> = {
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};

const NOT_HERE: Record<Exclude<AttachmentFileState, 'here'>, string> = {
  coming:
    'Lampiran menyusul: file ini belum tiba di kantor ini (dikirim pada paket sinkronisasi berikutnya). ' +
    'Coba lagi setelah impor paket berikutnya.',
  'origin-only':
    'File lampiran jenis ini tidak dikirim ke Dinsos (aturan Dinsos: hanya datanya). File ada di kantor asal.',
  unavailable:
    'File lampiran ini tidak tersedia di kantor ini: tidak ikut dipulihkan karena Dinas Sosial hanya menyimpan ' +
    'datanya (atau filenya hilang bersama PC lama). Pindai ulang dokumennya dan lampirkan kembali.',
};

/** The verified bytes of a live attachment, named `<kind>-<added day>.<ext>` (no personal data in the name). */
export async function readAttachment(db: DbOrTrx, root: string, id: string): Promise<AttachmentFile> {
  const row = await findRow(db, id);
  if (row.removed_at) throw new CoreError('NOT_FOUND', 'Lampiran ini sudah dihapus.');
  const keys = await findStoreKeys(db);
  const state = (await fileStateIn(db, root))(row);
  if (state !== 'here') throw new CoreError('CONFLICT', NOT_HERE[state]);
  try {
    if (!keys) throw new AttachmentDamagedError('Kunci penyimpanan lampiran tidak ada.');
    const bytes = getBlob(root, keys, row.content_hash);
    const mime = row.mime as AttachmentMime;
    return {
      fileName: `${row.kind}-${row.added_at.slice(0, 10)}.${EXT[mime]}`,
      mime,
      base64: bytes.toString('base64'),
    };
  } catch (err) {
    if (!(err instanceof AttachmentDamagedError)) throw err;
    throw new CoreError('CONFLICT', `Lampiran tidak dapat dibuka: ${err.message}`);
  }
}

/** Tombstone with who, when and why; the bytes stay while a backup or another row may still refer to them. */
export async function removeAttachment(
  w: AttachmentWriter,
  id: string,
  reason: string,
): Promise<AttachmentSummary> {
  const row = await findRow(w.db, id);
  if (row.removed_at) throw new CoreError('CONFLICT', 'Lampiran ini sudah dihapus.');
  await assertMayRemove(w.db, row, w.officeId);
  const removed = {
    removed_at: new Date(w.nowMs).toISOString(),
    removed_by: w.username,
    removed_reason: reason,
  };
  await createWriter(w.db, w.officeId, () => w.nowMs).update('attachments', id, removed);
  return toSummary({ ...row, ...removed }, (await fileStateIn(w.db, w.root))(row));
}
