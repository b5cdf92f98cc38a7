// Carries the sync sequence numbers and the clock of the register being replaced into the copy that replaces it.
import { openEncryptedFile, type DbKeyRing, type Sqlite } from '../db/cipher.ts';
import type { Hlc } from '../sync/hlc.ts';

interface PeerRow {
  office_id: string;
  next_out_seq: number;
}

const later = (a: Hlc, b: Hlc): Hlc => (a.ms > b.ms || (a.ms === b.ms && a.counter >= b.counter) ? a : b);

const parseHlc = (raw: unknown): Hlc | null => {
  if (typeof raw !== 'string') return null;
  try {
    return JSON.parse(raw) as Hlc;
  } catch {
    return null;
  }
};

/**
 * Dinsos recognises a bundle as already applied by (sender, sequence): a restored register that reused the
 * sequences of bundles sent after its backup would have its next bundles ignored. So each peer's next
 * sequence is raised to the replaced register's, and the hybrid clock to the later of the two, so new edits
 * win over the ones already sent. Watermarks (what a peer acknowledged) stay the restored copy's own: they
 * are counted in its own local change numbers.
 */
export function carrySyncLedger(current: Sqlite, copyPath: string, keys: DbKeyRing): void {
  const peers = current.prepare('select office_id, next_out_seq from sync_peers').all() as PeerRow[];
  const hlc = parseHlc(current.prepare("select value from meta where key = 'hlc_last'").pluck().get());
  const copy = openEncryptedFile(copyPath, keys, { fileMustExist: true, what: 'salinan cadangan' });
  try {
    copy.pragma('journal_mode = DELETE');
    // Raised, never lowered (no two-argument scalar max: that is SQLite's alone).
    const raise = copy.prepare(
      'update sync_peers set next_out_seq = ? where office_id = ? and next_out_seq < ?',
    );
    const insert = copy.prepare(
      `insert into sync_peers (office_id, next_out_seq, acked_local_seq, acked_out_seq, acked_at, applied_in_seq,
         last_in_at, last_out_at, acked_hlc) values (?, ?, -1, 0, null, 0, null, null, '')
       on conflict (office_id) do nothing`,
    );
    const putMeta = copy.prepare(
      'insert into meta (key, value) values (?, ?) on conflict (key) do update set value = excluded.value',
    );
    copy.transaction(() => {
      for (const p of peers) {
        insert.run(p.office_id, p.next_out_seq);
        raise.run(p.next_out_seq, p.office_id, p.next_out_seq);
      }
      if (hlc) {
        const own = parseHlc(copy.prepare("select value from meta where key = 'hlc_last'").pluck().get());
        putMeta.run('hlc_last', JSON.stringify(own ? later(own, hlc) : hlc));
      }
    })();
  } finally {
    copy.close();
  }
}
