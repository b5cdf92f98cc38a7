// sync.importRun as an operation: ordered progress to a final state, cancel between bundles and inside one
// (checked with the register digest), roles and audit, and reads answered while the run proceeds.
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OperationCancelled } from '../../../../electron/core/operations/control.ts';
import { readBundleHeader } from '../../../../electron/core/sync/bundle/reader.ts';
import { importBundle, importRun } from '../../../../electron/core/sync/import.ts';
import { stagePickedFiles } from '../../../../electron/core/sync/staging.ts';
import type { OperationEvent } from '../../../../shared/api/operations.ts';
import type { ImportRunResult } from '../../../../shared/types/sync.ts';
import {
  errorOf,
  openSetUpOffice,
  SETUP_INPUT,
  unwrap,
  type TestOffice,
  type TestRegister,
} from '../../../support/register.ts';
import {
  DINSOS_SETUP,
  digestOf,
  KECAMATAN_2_SETUP,
  link,
  officeIdOf,
} from '../../../support/sync-network.ts';
import { fillInbox, follow, kecamatanWithData } from './support.ts';

const KECAMATAN_3_SETUP = { ...SETUP_INPUT, regionCode: '33.01.10', name: 'Puskesos Kecamatan Sidareja' };

const kecamatan: TestRegister[] = [];
const opened: TestOffice[] = [];

beforeAll(async () => {
  for (const setup of [SETUP_INPUT, KECAMATAN_2_SETUP, KECAMATAN_3_SETUP]) {
    kecamatan.push(await kecamatanWithData(setup, 60));
  }
}, 120_000);
afterAll(async () => {
  for (const o of opened) await o.register.close();
  for (const k of kecamatan) await k.register.close();
});

/** A fresh Dinsos that trusts the three kecamatan, with one bundle of each in its inbox. */
async function dinsosWithInbox(): Promise<{ dinsos: TestOffice; files: string[] }> {
  const dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
  opened.push(dinsos);
  link(
    dinsos.register,
    kecamatan.map((k) => k.register),
  );
  const files = await fillInbox(
    dinsos,
    kecamatan.map((k) => k.register),
  );
  expect(files).toHaveLength(3);
  return { dinsos, files };
}

const finalOf = (events: OperationEvent[]) => {
  const last = events.at(-1);
  if (last?.kind !== 'final') throw new Error('no final event');
  return last;
};

const resultOf = (events: OperationEvent[]): ImportRunResult => {
  const last = finalOf(events);
  if (last.state === 'failed') throw new Error(last.error.message);
  if (!('files' in last.result)) throw new Error('not an inbox run result');
  return last.result;
};

const ownDigest = (k: TestRegister): string => digestOf(k.register, officeIdOf(k.register));

const inboxFiles = (dinsos: TestOffice): string[] =>
  readdirSync(join(dinsos.dataDir, 'inbox')).filter((f) => f.endsWith('.pksb'));

describe('sync.importRun operation', () => {
  it('reports progress per bundle in order and ends with ok and what each bundle did', async () => {
    const { dinsos, files } = await dinsosWithInbox();
    const petugas = dinsos.users.petugas.caller;
    const started = unwrap(
      await dinsos.register.call(petugas, 'operations.start', { name: 'sync.importRun', input: {} }),
    );
    expect(started).toMatchObject({ name: 'sync.importRun', state: 'running', events: [] });

    const events = await follow(dinsos.register, petugas, started.id);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    const progress = events.flatMap((e) => (e.kind === 'progress' ? [e] : []));
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
    expect(progress.every((p) => p.phase === 'impor' && p.total === 3)).toBe(true);
    expect(progress.filter((p) => p.item !== null).map((p) => p.item)).toEqual(
      files.flatMap((f) => [f, f]), // started, then done
    );
    expect(events.filter((e) => e.kind === 'final')).toHaveLength(1);
    expect(finalOf(events).state).toBe('ok');
    const result = resultOf(events);
    expect(result.total).toBe(3);
    expect(result.remaining).toEqual([]);
    expect(result.files.map((f) => [f.fileName, f.status])).toEqual(files.map((f) => [f, 'applied']));

    for (const k of kecamatan) expect(digestOf(dinsos.register, officeIdOf(k.register))).toBe(ownDigest(k));
    expect(inboxFiles(dinsos)).toEqual([]);
    expect(readdirSync(join(dinsos.dataDir, 'inbox', 'selesai')).sort()).toEqual(files);

    // Audited at the start and at the end, under the operation's name, by the user who started it.
    const audit = dinsos.register.deps.sqlite
      .prepare(
        "select action, outcome, username, detail from audit_log where entity_id = ? and entity_type = 'operation' order by id",
      )
      .all(started.id) as { action: string; outcome: string; username: string; detail: string }[];
    expect(audit.map((a) => [a.action, a.outcome, a.username])).toEqual([
      ['operations.start', 'ok', dinsos.users.petugas.username],
      ['sync.importRun', 'ok', dinsos.users.petugas.username],
    ]);
    expect(audit[1]?.detail).toContain('3 dari 3 paket diproses');

    // Another user cannot follow or cancel it; a pengamat may not start one (refused and audited).
    const other = dinsos.users.koordinator.caller;
    errorOf(await dinsos.register.call(other, 'operations.poll', { id: started.id }), 'NOT_FOUND');
    errorOf(await dinsos.register.call(other, 'operations.cancel', { id: started.id }), 'NOT_FOUND');
    errorOf(
      await dinsos.register.call(dinsos.users.pengamat.caller, 'operations.start', {
        name: 'sync.importRun',
        input: {},
      }),
      'FORBIDDEN',
    );
    const refused = dinsos.register.deps.sqlite
      .prepare("select action, outcome from audit_log where username = ? and outcome = 'ditolak'")
      .all(dinsos.users.pengamat.username);
    // Any signed-in role may call operations.start (report exports are everyone's); the operation's own roles
    // refuse the pengamat, and the refusal is audited under the operation's name.
    expect(refused).toEqual([{ action: 'sync.importRun', outcome: 'ditolak' }]);
  }, 60_000);

  it('cancelled between bundles: applied bundles stay applied, the rest stay untouched in the inbox', async () => {
    const { dinsos, files } = await dinsosWithInbox();
    const petugas = dinsos.users.petugas.caller;
    const before = new Map(
      kecamatan.map((k) => [officeIdOf(k.register), digestOf(dinsos.register, officeIdOf(k.register))]),
    );
    const { id } = unwrap(
      await dinsos.register.call(petugas, 'operations.start', { name: 'sync.importRun', input: {} }),
    );
    // Wait for the first bundle to be done, then cancel.
    let cursor = 0;
    for (;;) {
      const v = unwrap(
        await dinsos.register.call(petugas, 'operations.poll', { id, after: cursor, waitMs: 5_000 }),
      );
      cursor = v.cursor;
      if (v.events.some((e) => e.kind === 'progress' && e.done >= 1)) break;
    }
    const asked = unwrap(await dinsos.register.call(petugas, 'operations.cancel', { id }));
    expect(asked.cancelRequested).toBe(true);
    const events = await follow(dinsos.register, petugas, id);
    expect(finalOf(events).state).toBe('cancelled');
    const result = resultOf(events);
    expect(result.files.length).toBeGreaterThanOrEqual(1);
    expect(result.remaining.length).toBeGreaterThanOrEqual(1);
    expect([...result.files.map((f) => f.fileName), ...result.remaining]).toEqual(files);
    expect(result.files.every((f) => f.status === 'applied')).toBe(true);

    // Digest check per origin office: applied ones equal the sender's own data, the others are as before.
    for (const f of result.files) {
      const k = kecamatan.find((x) => officeIdOf(x.register) === f.senderOfficeId);
      if (!k) throw new Error('unknown sender');
      expect(digestOf(dinsos.register, f.senderOfficeId)).toBe(ownDigest(k));
    }
    for (const name of result.remaining) {
      const sender = (await readBundleHeader(join(dinsos.dataDir, 'inbox', name))).sender.officeId;
      expect(digestOf(dinsos.register, sender)).toBe(before.get(sender));
      expect(digestOf(dinsos.register, sender)).not.toBe(
        ownDigest(kecamatan.find((x) => officeIdOf(x.register) === sender) ?? kecamatan[0]!),
      );
    }
    expect(inboxFiles(dinsos).sort()).toEqual(result.remaining);
    const audit = dinsos.register.deps.sqlite
      .prepare("select detail from audit_log where action = 'sync.importRun' and entity_id = ?")
      .pluck()
      .get(id) as string;
    expect(audit).toContain(`dibatalkan, ${result.remaining.length} paket tetap di kotak masuk`);

    // A later run imports the rest.
    const again = unwrap(
      await dinsos.register.call(petugas, 'operations.start', { name: 'sync.importRun', input: {} }),
    );
    const rest = resultOf(await follow(dinsos.register, petugas, again.id));
    expect(rest.files.map((f) => f.fileName)).toEqual(result.remaining);
    for (const k of kecamatan) expect(digestOf(dinsos.register, officeIdOf(k.register))).toBe(ownDigest(k));
  }, 60_000);

  it('cancel inside a bundle rolls the bundle back whole: nothing of it is applied or recorded', async () => {
    const { dinsos, files } = await dinsosWithInbox();
    const deps = dinsos.register.deps;
    const path = join(dinsos.dataDir, 'inbox', files[0] ?? '');
    const digest = digestOf(dinsos.register);
    const rows = (table: string): unknown[] => deps.sqlite.prepare(`select * from ${table}`).all();
    const peers = rows('sync_peers');
    const bundlesIn = rows('bundles_in');
    // The signal turns aborted part-way through the bundle's records (it is read once per record).
    let reads = 0;
    const signal = {
      get aborted() {
        reads++;
        return reads > 25;
      },
    };
    await expect(importBundle(deps, path, importRun(), signal)).rejects.toBeInstanceOf(OperationCancelled);
    expect(reads).toBeGreaterThan(25);
    expect(digestOf(dinsos.register)).toBe(digest);
    expect(rows('sync_peers')).toEqual(peers);
    expect(rows('bundles_in')).toEqual(bundlesIn);
    expect(existsSync(path)).toBe(true);
    // The same file imports whole afterwards.
    const r = await importBundle(deps, path);
    expect(r.status).toBe('applied');
  }, 60_000);

  it('a run named by the picker imports only the picked bundles; the audit entry names them', async () => {
    const { dinsos, files } = await dinsosWithInbox();
    const petugas = dinsos.users.petugas.caller;
    // Two bundles go back to a flash disk and are picked from there, as the desktop's open dialog does.
    const stick = join(dinsos.dataDir, '..', 'flashdisk');
    mkdirSync(stick, { recursive: true });
    const picked = files.slice(0, 2);
    for (const f of picked) renameSync(join(dinsos.dataDir, 'inbox', f), join(stick, f));
    const permit = async (fileName: string, bytes: number) => {
      const r = await dinsos.register.call(petugas, 'sync.uploadPermit', { fileName, bytes });
      return r.ok ? { ok: true as const } : { ok: false as const, message: r.error.message };
    };
    const staged = await stagePickedFiles(
      dinsos.dataDir,
      picked.map((f) => join(stick, f)),
      permit,
    );
    expect(staged.refused).toEqual([]);
    expect(staged.staged.map((s) => s.fileName)).toEqual(picked);

    const { id } = unwrap(
      await dinsos.register.call(petugas, 'operations.start', {
        name: 'sync.importRun',
        input: { files: staged.staged.map((s) => s.fileName) },
      }),
    );
    const result = resultOf(await follow(dinsos.register, petugas, id));
    expect(result.total).toBe(2);
    expect(result.files.map((f) => [f.fileName, f.status])).toEqual(picked.map((f) => [f, 'applied']));
    // The bundle nobody picked is still waiting.
    expect(inboxFiles(dinsos)).toEqual(files.slice(2));
    const note = dinsos.register.deps.sqlite
      .prepare("select detail from audit_log where action = 'sync.importRun' and entity_id = ?")
      .pluck()
      .get(id) as string;
    for (const f of picked) expect(note).toContain(f);
    // A name with a folder in it is refused by the contract, never read.
    errorOf(
      await dinsos.register.call(petugas, 'operations.start', {
        name: 'sync.importRun',
        input: { files: ['../keys.json'] },
      }),
      'VALIDATION',
    );
  }, 60_000);

  it('persons.search and dashboard.summary keep answering while the run proceeds', async () => {
    const { dinsos } = await dinsosWithInbox();
    const petugas = dinsos.users.petugas.caller;
    const reader = dinsos.users.pengamat.caller;
    const { id } = unwrap(
      await dinsos.register.call(petugas, 'operations.start', { name: 'sync.importRun', input: {} }),
    );
    const events: OperationEvent[] = [];
    let cursor = 0;
    /** How many bundles were done when each answer came, counted only while the run was going on. */
    const doneAtAnswer: number[] = [];
    const latest = async (): Promise<boolean> => {
      const v = unwrap(await dinsos.register.call(petugas, 'operations.poll', { id, after: cursor }));
      events.push(...v.events);
      cursor = v.cursor;
      return v.state === 'running';
    };
    while (await latest()) {
      // Another caller's requests arrive as separate events (IPC messages, HTTP requests), not as one microtask chain.
      await new Promise<void>((resolve) => setImmediate(resolve));
      const [search, summary] = await Promise.all([
        dinsos.register.call(reader, 'persons.search', { query: 'a', limit: 20 }),
        dinsos.register.call(reader, 'dashboard.summary', {}),
      ]);
      unwrap(search);
      unwrap(summary);
      if (!(await latest())) break;
      const done = events.flatMap((e) => (e.kind === 'progress' ? [e.done] : [])).at(-1) ?? 0;
      doneAtAnswer.push(done);
    }
    expect(finalOf(events).state).toBe('ok');
    // Answers came before, between and after bundles, not only once the run was over.
    expect(doneAtAnswer.length).toBeGreaterThanOrEqual(3);
    expect(new Set(doneAtAnswer).size).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
