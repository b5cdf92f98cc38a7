// What the core is given by its adapter (dependencies) and what each handler receives per call.
import type { Kysely } from 'kysely';
import type { DbKeyRing, Sqlite } from './db/cipher.ts';
import type { Database, DbOrTrx } from './db/database.ts';
import type { DataDirPaths } from './datadir/layout.ts';
import type { KeyProtector } from './office/keystore.ts';
import type { OfficeZone } from '../../shared/time/office-zone.ts';
import type { OfficeInfo } from '../../shared/types/office.ts';
import type { AuditOutcome, SessionUser } from '../../shared/types/users.ts';
import type { Method, Output, ParsedInput } from '../../shared/api/contract.ts';

export interface CoreDeps {
  paths: DataDirPaths;
  db: Kysely<Database>;
  sqlite: Sqlite;
  /**
   * A second, read-only connection to the same WAL database: reads run on it, so they never queue behind a long
   * write transaction on `db` (an import run). Absent where deps are built by hand (tests): reads use `db`.
   */
  reader?: Kysely<Database>;
  /** The register's database keys (db-key.json): backups and staged copies are encrypted with them too. */
  dbKeys: DbKeyRing;
  /** Wall clock in ms; injected so tests can move time. */
  now: () => number;
  keyProtector: KeyProtector;
  appVersion: string;
  /** Name of this PC, recorded in the audit log. */
  device: string;
}

export type Channel = 'ipc' | 'web' | 'cli' | 'test';

export interface Caller {
  channel: Channel;
  sessionId: string | null;
  /** The CLI's local system account: no session, audited as `system (cli)`. */
  system?: boolean;
}

export interface HandlerContext {
  deps: CoreDeps;
  /** The transaction for mutating calls, the root handle otherwise. */
  db: DbOrTrx;
  caller: Caller;
  user: SessionUser | null;
  sessionId: string | null;
  officeId: string | null;
  /**
   * The own office (kind, region, fingerprint), read once per call from the call's handle: handlers ask the
   * context instead of re-reading it. Refused with SETUP_REQUIRED before the office is set up.
   */
  office(): Promise<OfficeInfo>;
  /** The own office's time zone, from its region (WIB before setup): "today" and due dates are the office's. */
  zone(): Promise<OfficeZone>;
  /** Names the record the call acted on, for the audit entry. */
  subject(entityType: string, entityId: string): void;
  /** A short note for the audit entry (never personal data). */
  note(detail: string): void;
  /**
   * Writes a further audit entry with this call's identity, outside its transaction: how an operation that
   * outlives the call (operations.start) records its end.
   */
  audit(
    action: string,
    outcome: AuditOutcome,
    extra: { entityType?: string | null; entityId?: string | null; detail?: string | null },
  ): Promise<void>;
}

export type Handler<M extends Method> = (ctx: HandlerContext, input: ParsedInput<M>) => Promise<Output<M>>;
export type Handlers = { [M in Method]: Handler<M> };
