// Folder transport: a kecamatan and Dinsos exchange bundles through one shared folder; no partial file is ever listed.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, insertPerson } from '../../../../support/cases.ts';
import { tempDir, unwrap } from '../../../../support/register.ts';
import { digestOf, officeIdOf } from '../../../../support/sync-network.ts';
import { configure, mailboxOfOffice, openPair, type Pair } from '../../../../support/sync-transport.ts';
import { createFolderTransport } from '../../../../../electron/core/sync/transport/folder.ts';
import { runDueSyncJob } from '../../../../../electron/core/sync/scheduler.ts';
import { getJobState } from '../../../../../electron/core/sync/schedule-settings.ts';

let pair: Pair;
let root: string;

beforeAll(async () => {
  pair = await openPair();
  root = join(tempDir(), 'flashdisk');
  mkdirSync(root);
}, 60_000);
afterAll(async () => {
  await pair.kec.register.close();
  await pair.dinsos.dispose();
});

const pksb = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.pksb')) : [];

describe('folder transport between a kecamatan and Dinsos', () => {
  it('sends at the scheduled time, Dinsos imports and answers, the kecamatan receives the acknowledgement', async () => {
    const { kec, dinsos } = pair;
    await configure(kec, { kind: 'folder', path: root });
    await configure(dinsos, { kind: 'folder', path: root });
    await insertPerson(kec.register, { name: 'Siti Aminah' });
    await insertPerson(kec.register, { name: 'Budi Santoso' });

    // 09:00 WIB: before the 15:00 slot only the inbox is checked, nothing leaves.
    const early = await runDueSyncJob({ core: kec.register.deps }, kec.clock.ms);
    expect(early?.trigger).toBe('kotak-masuk');
    const dinsosInbox = join(root, mailboxOfOffice(dinsos), 'masuk');
    expect(pksb(dinsosInbox)).toEqual([]);

    // 15:01 WIB (08:01 UTC): the scheduled run exports and sends.
    kec.clock.ms = Date.parse('2026-03-02T08:01:00.000Z');
    const run = await runDueSyncJob({ core: kec.register.deps }, kec.clock.ms);
    expect(run?.trigger).toBe('jadwal');
    expect(run?.ok).toBe(true);
    expect(run?.sent.map((s) => s.status)).toEqual(['terkirim']);
    expect(pksb(dinsosInbox)).toHaveLength(1);
    expect(readdirSync(dinsosInbox).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    // Dinsos: "Sinkronkan sekarang" (a petugas may) imports, files the bundle under selesai/, answers.
    const atDinsos = unwrap(await dinsos.register.call(await as(dinsos, 'petugas'), 'sync.runNow', {}));
    expect(atDinsos.received.map((r) => [r.status, r.reason])).toEqual([['applied', null]]);
    expect(pksb(dinsosInbox)).toEqual([]);
    expect(pksb(join(dinsosInbox, 'selesai'))).toHaveLength(1);
    const id = officeIdOf(kec.register);
    expect(digestOf(dinsos.register, id)).toBe(digestOf(kec.register, id));
    expect(atDinsos.sent.map((s) => s.status)).toEqual(['terkirim']);

    // Back at the kecamatan: the answer is imported; Dinsos's acknowledgement is recorded.
    const back = unwrap(await kec.register.call(await as(kec, 'admin'), 'sync.runNow', {}));
    expect(back.received.map((r) => r.status)).toEqual(['applied']);
    const peer = kec.register.deps.sqlite.prepare('select acked_out_seq from sync_peers').get() as {
      acked_out_seq: number;
    };
    expect(peer.acked_out_seq).toBe(1);
    expect((await getJobState(kec.register.deps.db)).lastReport?.ok).toBe(true);
  });

  it('a run missed while the app was closed happens at the next start', async () => {
    const { kec } = pair;
    // Closed all of Tuesday; started Wednesday 08:00 WIB, before that day's slot: Tuesday's run is due now.
    kec.clock.ms = Date.parse('2026-03-04T01:00:00.000Z');
    const run = await runDueSyncJob({ core: kec.register.deps }, kec.clock.ms);
    expect(run?.trigger).toBe('jadwal');
    expect(run?.ok).toBe(true);
    // Done: the next check a minute later runs nothing until the inbox check or Wednesday 15:00.
    kec.clock.ms += 60_000;
    expect(await runDueSyncJob({ core: kec.register.deps }, kec.clock.ms)).toBeNull();
    const view = unwrap(await kec.register.call(await as(kec, 'admin'), 'sync.settings', {}));
    expect(view.nextRunAt).toBe('2026-03-04T08:00:00.000Z');
    expect(view.zone).toBe('WIB');
  });

  it('a bundle exported by hand into outbox/ also leaves through the transport, once, and stays for download', async () => {
    const { kec, dinsos } = pair;
    await insertPerson(kec.register, { name: 'Dewi Lestari' });
    const manual = unwrap(await kec.register.call(await as(kec, 'petugas'), 'sync.exportNow', {}));
    const [file] = manual.files.map((f) => f.fileName);
    expect(file).toBeDefined();
    const dinsosInbox = join(root, mailboxOfOffice(dinsos), 'masuk');
    const before = new Set(pksb(dinsosInbox));

    const run = unwrap(await kec.register.call(await as(kec, 'petugas'), 'sync.runNow', {}));
    expect(run.ok).toBe(true);
    expect(run.sent.map((s) => s.file)).toContain(file);
    expect(pksb(dinsosInbox).filter((f) => !before.has(f))).toContain(file);
    expect(existsSync(join(kec.register.deps.paths.dir, 'outbox', file as string))).toBe(true);

    const again = unwrap(await kec.register.call(await as(kec, 'petugas'), 'sync.runNow', {}));
    expect(again.sent.map((s) => s.file)).not.toContain(file);
    const atDinsos = unwrap(await dinsos.register.call(await as(dinsos, 'petugas'), 'sync.runNow', {}));
    expect(atDinsos.received.filter((r) => r.file === file).map((r) => r.status)).toEqual(['applied']);
    const id = officeIdOf(kec.register);
    expect(digestOf(dinsos.register, id)).toBe(digestOf(kec.register, id));
  });

  it('a missing USB stick is a recorded failure with a retry time, not an exception', async () => {
    const { kec } = pair;
    await configure(kec, { kind: 'folder', path: join(root, 'tidak-dipasang') });
    const r = unwrap(await kec.register.call(await as(kec, 'petugas'), 'sync.runNow', {}));
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/tidak ditemukan.*akan dicoba lagi/);
    expect(r.nextRetryAt).toBe(new Date(kec.clock.ms + 5 * 60_000).toISOString());
    expect((await getJobState(kec.register.deps.db)).failures).toBe(1);
    await configure(kec, { kind: 'folder', path: root });
  });
});

describe('no partial file is visible to the other side', () => {
  it('lists only complete *.pksb files: temporary and other names are skipped', async () => {
    const inbox = join(root, 'aaaabbbb', 'masuk');
    mkdirSync(inbox, { recursive: true });
    writeFileSync(join(inbox, '.x_to_aaaabbbb_000001.pksb.123.tmp'), 'setengah');
    writeFileSync(join(inbox, 'y_to_aaaabbbb_000002.pksb.part'), 'setengah');
    writeFileSync(join(inbox, 'catatan.txt'), 'bukan paket');
    writeFileSync(join(inbox, 'z_to_aaaabbbb_000003_20260302.pksb'), 'utuh');
    const t = createFolderTransport(root, 'aaaabbbb');
    expect((await t.list()).map((f) => f.name)).toEqual(['z_to_aaaabbbb_000003_20260302.pksb']);
  });

  it('while a large bundle is being sent, the inbox shows either nothing or the whole file', async () => {
    const src = join(tempDir(), 'besar_to_ccccdddd_000001_20260302.pksb');
    const size = 32 * 1024 * 1024;
    writeFileSync(src, Buffer.alloc(size, 7));
    const sender = createFolderTransport(root, 'aaaabbbb');
    const receiver = createFolderTransport(root, 'ccccdddd');
    const seen: number[] = [];
    let done = false;
    const sending = sender.send(src, 'ccccdddd').finally(() => (done = true));
    while (!done) {
      for (const f of await receiver.list()) seen.push(f.size);
      await new Promise((r) => setImmediate(r));
    }
    await sending;
    for (const f of await receiver.list()) seen.push(f.size);
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set([size]));
  });
});
