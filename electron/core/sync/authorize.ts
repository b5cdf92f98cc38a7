// Who may write what: every record of a verified bundle is checked against the sender before it is merged.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { SyncedTable } from '../digest/synced-tables.ts';
import { syncedTable, writerParentTable } from '../digest/synced-tables.ts';
import type { ChangeRecord, ChangeValue } from './bundle/change-record.ts';
import { stampBeyond, type ClockBound } from './clock-bound.ts';
import { stampOf, parseRowClock } from './row-clock.ts';
import { stampOffice } from './scope.ts';
import { FLAT_TREE, type OfficeTree } from './tree.ts';

/** The rules, named as docs/sync-trust.md names them; a refusal's quarantine reason carries the name. */
export const RULES = {
  clock: 'batas-jam',
  ownRow: 'identitas-sendiri',
  keys: 'kunci-kantor',
  owner: 'hanya-milik-sendiri',
  parent: 'induk-milik-sendiri',
  stampAuthor: 'penulis-stempel',
  scope: 'lingkup-penerima',
  dinsosOnly: 'hanya-dinsos',
  writerRole: 'peran-penulis',
  relayRoute: 'jalur-relai',
  authorRevoked: 'penulis-dicabut',
  authorSignature: 'tanda-tangan-penulis',
} as const;

export type RuleName = (typeof RULES)[keyof typeof RULES];

export interface Refusal {
  rule: RuleName;
  message: string;
}

/** The quarantine reason: the rule's name first, so the inbox and the audit log can count by rule. */
export const refusalReason = (r: Refusal): string => `Ditolak [${r.rule}]: ${r.message}`;

export interface OfficeKeyFacts {
  sign_public_key: string;
  box_public_key: string;
  fingerprint: string;
}

export interface AuthorizeContext {
  sqlite: BetterSqlite3.Database;
  /** This office, from its key file and local metadata (never from a synced row). */
  receiver: { officeId: string; type: string; keys: OfficeKeyFacts };
  /**
   * The records' writer: the bundle's sender (from the trusted key that verified its signature), or for a relayed
   * author batch its author (from the key that verified the batch), with `name` naming the relay too.
   */
  sender: { officeId: string; type: string; name: string };
  clock: ClockBound;
  /** Who is below whom (docs/network-tree.md); absent: the flat network, every office under Dinsos. */
  tree?: OfficeTree;
}

export type Row = Record<string, ChangeValue>;

/** Checks one record against the rules; null when it may be merged. */
export type Authorizer = (r: ChangeRecord, t: SyncedTable, row: Row | undefined) => Refusal | null;

/** Origins remembered per authorizer before the memory starts again (about 10 MB at most). */
const ORIGIN_MEMORY = 50_000;

const KEY_FIELD = { sign_public_key: 'sign', box_public_key: 'box', fingerprint: 'fingerprint' } as const;

export function createAuthorizer(c: AuthorizeContext): Authorizer {
  const statements = new Map<string, BetterSqlite3.Statement>();
  const prepared = (text: string): BetterSqlite3.Statement => {
    let s = statements.get(text);
    if (!s) statements.set(text, (s = c.sqlite.prepare(text)));
    return s;
  };
  const trustedKeys = prepared(
    'select sign_public_key, box_public_key, fingerprint from trusted_keys where office_id = ?',
  );
  const officeName = (id: string | null): string => {
    if (!id) return 'kantor yang tidak dikenal';
    const n = prepared('select name from offices where id = ?').pluck().get(id) as string | undefined;
    return n ?? `kantor ${id}`;
  };
  const senderName = c.sender.name;
  const tree = c.tree ?? FLAT_TREE;
  /** An office writes the records of its own and of the offices below it (a kecamatan, its desa's). */
  const writes = (owner: string | null): boolean =>
    owner !== null && tree.isAtOrBelow(owner, c.sender.officeId);

  /**
   * A stored row's origin never changes (a record naming another origin is quarantined), so it is looked up once
   * per authorizer (one bundle): a case's events, referrals and follow-ups each asked for it again. Rows not here
   * yet are not remembered (a later record of the bundle may add them); the memory is bounded.
   */
  const origins = new Map<string, string>();
  const originOf = (t: SyncedTable, id: string): string | null => {
    const key = `${t.name}\u0000${id}`;
    const known = origins.get(key);
    if (known !== undefined) return known;
    const found = prepared(`select origin_office_id from "${t.name}" where id = ?`).pluck().get(id);
    if (typeof found !== 'string') return null;
    if (origins.size >= ORIGIN_MEMORY) origins.clear();
    origins.set(key, found);
    return found;
  };

  /** The owner of a stored row, or null when it is not here (parents are looked up recursively). */
  const ownerOf = (t: SyncedTable, id: string, depth = 0): string | null => {
    const o = t.owner;
    if (o.kind === 'self') return id;
    if (o.kind === 'origin' || o.kind === 'writer') return originOf(t, id);
    if (o.kind === 'office') {
      return (prepared(`select "${o.column}" from "${t.name}" where id = ?`).pluck().get(id) ?? null) as
        string | null;
    }
    if (depth > 4) return null;
    const parentId = prepared(`select "${o.column}" from "${t.name}" where id = ?`).pluck().get(id);
    return typeof parentId === 'string' ? ownerOf(syncedTable(o.table), parentId, depth + 1) : null;
  };

  /** Owner once the record is merged: its values over the stored row's. */
  const ownerAfter = (t: SyncedTable, r: ChangeRecord, row: Row | undefined): string | null => {
    const o = t.owner;
    if (o.kind === 'self') return r.id;
    if (o.kind === 'origin' || o.kind === 'writer') return row ? String(row.origin_office_id) : r.origin;
    const v = r.values[o.column] !== undefined ? r.values[o.column] : row?.[o.column];
    if (typeof v !== 'string') return null;
    return o.kind === 'office' ? v : ownerOf(syncedTable(o.table), v);
  };

  const ownerBefore = (t: SyncedTable, row: Row): string | null => {
    const o = t.owner;
    if (o.kind === 'self') return String(row.id);
    if (o.kind === 'origin' || o.kind === 'writer') return String(row.origin_office_id);
    const v = row[o.column];
    if (typeof v !== 'string') return null;
    return o.kind === 'office' ? v : ownerOf(syncedTable(o.table), v);
  };

  const what = (t: SyncedTable, r: ChangeRecord): string => `${t.name} ${r.id}`;

  const checkClock = (r: ChangeRecord): Refusal | null => {
    const beyond = [r.clocks.b, ...Object.values(r.clocks.f)].find((s) => stampBeyond(s, c.clock));
    if (!beyond) return null;
    return {
      rule: RULES.clock,
      message:
        `cap waktu ${beyond.slice(0, 13)} pada ${r.table} ${r.id} dari ${senderName} terlalu jauh di masa depan ` +
        `(lebih dari ${Math.round(c.clock.aheadMs / 86_400_000)} hari di depan jam PC ini).`,
    };
  };

  /** This office's own row: only its own earlier writes may come back (a re-seed), never another's. */
  const checkOwnRow = (r: ChangeRecord, t: SyncedTable, row: Row | undefined): Refusal | null => {
    const refuse = (detail: string): Refusal => ({
      rule: RULES.ownRow,
      message: `${senderName} mencoba mengubah data kantor ini sendiri (${detail}); identitas kantor hanya berasal dari kuncinya sendiri.`,
    });
    for (const col of t.keyColumns) {
      const v = r.values[col];
      const mine = c.receiver.keys[col as keyof OfficeKeyFacts];
      if (v !== undefined && v !== mine) return refuse(col);
    }
    if (!row) return refuse('baris kantor');
    for (const col of [...t.columns.slice(2), 'deleted']) {
      const v = col === 'deleted' ? (r.deleted ? 1 : 0) : r.values[col];
      if (v === undefined || v === row[col]) continue;
      if (stampOffice(stampOf(r.clocks, col)) !== c.receiver.officeId) return refuse(col);
    }
    return null;
  };

  /** Key columns of an `offices` row must be a key this office trusts for it (enrollment, network file). */
  const checkKeys = (r: ChangeRecord, t: SyncedTable, row: Row | undefined): Refusal | null => {
    const incoming = t.keyColumns.filter((col) => r.values[col] !== undefined);
    if (incoming.length === 0) return null;
    const known = trustedKeys.all(r.id) as OfficeKeyFacts[];
    const matches = known.some((k) =>
      incoming.every((col) => r.values[col] === k[col as keyof OfficeKeyFacts]),
    );
    if (matches) return null;
    // No key of that office is held here: the row's keys are informational only (trust comes from trusted_keys),
    // but once recorded they never change by bundle.
    if (known.length === 0 && (!row || incoming.every((col) => r.values[col] === row[col]))) return null;
    const col = incoming.find((x) => !row || r.values[x] !== row[x]) ?? incoming[0] ?? '';
    return {
      rule: RULES.keys,
      message: `${senderName} mengirim kunci (${KEY_FIELD[col as keyof typeof KEY_FIELD] ?? col}) untuk ${officeName(r.id)} yang tidak terdaftar di kantor ini; kunci hanya berasal dari pendaftaran dan file jaringan.`,
    };
  };

  /** A kecamatan or desa office: only records of its subtree, parents of its subtree, stamps it wrote. */
  const checkOffice = (r: ChangeRecord, t: SyncedTable, row: Row | undefined): Refusal | null => {
    const s = c.sender.officeId;
    if (t.dinsosOnly) {
      return {
        rule: RULES.dinsosOnly,
        message: `${senderName} tidak boleh menulis ${what(t, r)}: hanya Dinas Sosial yang memutuskannya.`,
      };
    }
    const before = row ? ownerBefore(t, row) : null;
    if (row && !writes(before)) {
      return {
        rule: t.owner.kind === 'parent' ? RULES.parent : RULES.owner,
        message: `${senderName} tidak boleh mengubah ${what(t, r)} milik ${officeName(before)}.`,
      };
    }
    if (!row && r.origin !== s) {
      return {
        rule: RULES.owner,
        message: `${senderName} tidak boleh membuat ${what(t, r)} atas nama ${officeName(r.origin)}.`,
      };
    }
    const after = ownerAfter(t, r, row);
    if (!writes(after)) {
      return {
        rule: t.owner.kind === 'parent' ? RULES.parent : RULES.owner,
        message:
          t.owner.kind === 'parent'
            ? `${senderName} tidak boleh mengaitkan ${what(t, r)} ke data induk milik ${officeName(after)}.`
            : `${senderName} tidak boleh menulis ${what(t, r)} untuk ${officeName(after)}.`,
      };
    }
    for (const ref of t.references) {
      const v = r.values[ref.column];
      if (typeof v !== 'string' || v === row?.[ref.column]) continue;
      const refOwner = ownerOf(syncedTable(ref.table), v);
      if (refOwner !== null && !writes(refOwner)) {
        return {
          rule: RULES.parent,
          message: `${senderName} tidak boleh mengaitkan ${what(t, r)} ke ${ref.table} milik ${officeName(refOwner)}.`,
        };
      }
    }
    // A record on a parent of several kinds (a file on a resident, case, referral …): on a record of its subtree.
    if (t.owner.kind === 'writer' && typeof t.owner.table !== 'string') {
      const parentOwner = scopeOwner(t, { ...row, ...r.values });
      if (parentOwner !== null && !writes(parentOwner)) {
        return {
          rule: RULES.parent,
          message: `${senderName} tidak boleh mengaitkan ${what(t, r)} ke data milik ${officeName(parentOwner)}.`,
        };
      }
    }
    const local = row ? parseRowClock(String(row.clocks)) : null;
    for (const col of [...t.columns.slice(2), 'deleted']) {
      const v = col === 'deleted' ? r.deleted : r.values[col];
      if (v === undefined) continue;
      const st = stampOf(r.clocks, col);
      if (stampOffice(st) === s) continue;
      // Another office's stamp may ride along only when it does not win here (a relay of what we already hold).
      if (!local || st > stampOf(local, col)) {
        return {
          rule: RULES.stampAuthor,
          message: `${senderName} mengirim perubahan ${what(t, r)} (${col}) atas nama ${officeName(stampOffice(st))}.`,
        };
      }
    }
    return null;
  };

  /** A Dinsos-only record of the sending Dinsos that names a row of this office (its persons, not another's). */
  const concernsMe = (r: ChangeRecord, t: SyncedTable, row: Row | undefined): boolean => {
    const origin = row ? String(row.origin_office_id) : r.origin;
    if (origin !== c.sender.officeId) return false;
    const mine = (table: string, v: ChangeValue | undefined): boolean =>
      typeof v === 'string' && ownerOf(syncedTable(table), v) === c.receiver.officeId;
    const after = t.references.some((ref) =>
      mine(ref.table, r.values[ref.column] !== undefined ? r.values[ref.column] : row?.[ref.column]),
    );
    const before = !row || t.references.some((ref) => mine(ref.table, row[ref.column]));
    return after && before;
  };

  /** The office a record travels to from Dinsos: its owner, or for a `writer` record its parent's owner. */
  const scopeOwner = (t: SyncedTable, values: Row): string | null => {
    const o = t.owner;
    if (o.kind !== 'writer') return null;
    const parentId = values[o.column];
    const parent = writerParentTable(o, values);
    return typeof parentId === 'string' && parent ? ownerOf(syncedTable(parent), parentId) : null;
  };

  /** The kind of office that wrote a record: the sender, this office, or one this office knows by key or row. */
  const writerType = (officeId: string): string | null => {
    if (officeId === c.sender.officeId) return c.sender.type;
    if (officeId === c.receiver.officeId) return c.receiver.type;
    const known =
      prepared('select office_type from trusted_keys where office_id = ? order by enrolled_at desc')
        .pluck()
        .get(officeId) ?? prepared('select type from offices where id = ?').pluck().get(officeId);
    return typeof known === 'string' ? known : null;
  };

  /** Some values of a column are Dinsos's to write (its verification of a proposal), the others the office's. */
  const checkWriterRole = (r: ChangeRecord, t: SyncedTable, row: Row | undefined): Refusal | null => {
    const wr = t.writerRoles;
    const v = r.values[wr?.column ?? ''];
    if (!wr || v === undefined) return null;
    const origin = row ? String(row.origin_office_id) : r.origin;
    const isDinsos = writerType(origin) === 'dinsos';
    if (wr.dinsosOnly.includes(String(v)) === isDinsos) return null;
    return {
      rule: RULES.writerRole,
      message: isDinsos
        ? `${officeName(origin)} (Dinsos) tidak boleh menulis ${what(t, r)} berisi "${String(v)}": langkah itu milik kantor pengusul.`
        : `${officeName(origin)} tidak boleh menulis ${what(t, r)} berisi "${String(v)}": langkah itu hanya dicatat oleh Dinsos.`,
    };
  };

  /** Dinsos writes any record of its kabupaten, but sends an office only the records of that office's subtree. */
  const checkDinsos = (r: ChangeRecord, t: SyncedTable, row: Row | undefined): Refusal | null => {
    if (t.owner.kind === 'self') return null;
    if (t.dinsosOnly && concernsMe(r, t, row)) return null;
    const me = c.receiver.officeId;
    const writer = t.owner.kind === 'writer';
    const before = !row ? me : writer ? scopeOwner(t, row) : ownerBefore(t, row);
    const after = writer ? scopeOwner(t, { ...row, ...r.values }) : ownerAfter(t, r, row);
    if (tree.isAtOrBelow(before, me) && tree.isAtOrBelow(after, me)) return null;
    return {
      rule: RULES.scope,
      message: `${senderName} mengirim ${what(t, r)} milik ${officeName(after ?? before)}, di luar lingkup kantor ini.`,
    };
  };

  return (r, t, row) => {
    const clock = checkClock(r);
    if (clock) return clock;
    if (t.owner.kind === 'self' && r.id === c.receiver.officeId) return checkOwnRow(r, t, row);
    const keys = checkKeys(r, t, row);
    if (keys) return keys;
    const writerRole = checkWriterRole(r, t, row);
    if (writerRole) return writerRole;
    if (c.sender.type === 'dinsos') return c.receiver.type === 'dinsos' ? null : checkDinsos(r, t, row);
    return checkOffice(r, t, row);
  };
}
