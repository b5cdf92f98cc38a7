// The worker host's reader thread: it sees what the writer commits, follows a restore and a key rotation
// (its connection is closed and reopened with the writer's), and its audited reads reach the audit log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../../../electron/core/context.ts';
import type { CoreHost } from '../../../../electron/core/host/core-host.ts';
import { startWorkerHost } from '../../../../electron/core/host/worker-host.ts';
import type { Result } from '../../../../shared/api/result.ts';
import type { Page, PersonDetail, PersonSummary } from '../../../../shared/types/register.ts';
import type { SessionInfo } from '../../../../shared/types/users.ts';
import { newPerson } from '../../../support/persons.ts';
import { openRegisterFile } from '../../../support/raw-db.ts';
import {
  NO_SESSION,
  openSetUpOffice,
  passwordOf,
  SETUP_INPUT,
  unwrap,
  usernameOf,
} from '../../../support/register.ts';

let host: CoreHost;
let dbPath: string;

beforeAll(async () => {
  const office = await openSetUpOffice();
  dbPath = office.register.deps.paths.db;
  await office.register.close();
  host = await startWorkerHost({
    register: { dataDir: office.dataDir, mode: 'existing', holder: 'vitest (reader)', appVersion: '1.0.0' },
  });
}, 120_000);

afterAll(async () => {
  await host?.close();
});

async function signIn(username: string, password: string): Promise<Caller> {
  const r = (await host.dispatch(NO_SESSION, 'auth.signIn', { username, password })) as Result<SessionInfo>;
  return { channel: 'test', sessionId: unwrap(r).sessionId };
}

const call = async <T>(caller: Caller, method: string, input: unknown): Promise<T> =>
  unwrap((await host.dispatch(caller, method, input)) as Result<T>);

/** Names persons.search finds for `query` (answered by the reader thread). */
const found = async (caller: Caller, query: string): Promise<string[]> =>
  (await call<Page<PersonSummary>>(caller, 'persons.search', { query, limit: 50 })).rows.map((p) => p.name);

describe('the reader thread of the worker host', () => {
  it('follows the writer through a restore and a key rotation, and its audited reads are logged', async () => {
    const admin = await signIn(SETUP_INPUT.admin.username, SETUP_INPUT.admin.password);
    const petugas = await signIn(usernameOf('petugas'), passwordOf('petugas'));

    await call(petugas, 'persons.create', newPerson({ name: 'Warga Sebelum Cadangan' }));
    const backup = await call<{ fileName: string }>(admin, 'backups.createNow', {});
    await call(petugas, 'persons.create', newPerson({ name: 'Warga Sesudah Cadangan' }));
    // A commit on the writer is seen by the next read on the reader thread.
    expect(await found(petugas, 'Sesudah Cadangan')).toEqual(['Warga Sesudah Cadangan']);

    // The restore swaps the file under both connections: the reader answers from the restored register.
    await call(admin, 'backups.restore', { location: 'lokal', fileName: backup.fileName, confirm: true });
    expect(await found(petugas, 'Sesudah Cadangan')).toEqual([]);
    expect(await found(petugas, 'Sebelum Cadangan')).toEqual(['Warga Sebelum Cadangan']);

    // The rotation rewrites the file with a new key: the reader is reopened with it and keeps answering.
    await call(admin, 'security.rotateDbKey', { confirm: true });
    expect(await found(petugas, 'Sebelum Cadangan')).toEqual(['Warga Sebelum Cadangan']);
    const after = await call<PersonDetail>(
      petugas,
      'persons.create',
      newPerson({ name: 'Warga Sesudah Kunci' }),
    );
    expect(await found(petugas, 'Sesudah Kunci')).toEqual(['Warga Sesudah Kunci']);

    // An audited read on the reader thread: its entry is written by the writer, the read did not wait for it.
    const seen = await call<PersonDetail>(petugas, 'persons.get', { id: after.id });
    expect(seen.name).toBe('Warga Sesudah Kunci');
    // Closing applies what the reader handed over before the writer closes.
    await host.close();
    const raw = openRegisterFile(dbPath, { readonly: true });
    try {
      const rows = raw
        .prepare(
          `select username, outcome, entity_id as entityId from audit_log where action = 'persons.get'`,
        )
        .all();
      expect(rows).toEqual([{ username: usernameOf('petugas'), outcome: 'ok', entityId: after.id }]);
    } finally {
      raw.close();
    }
  }, 120_000);
});
