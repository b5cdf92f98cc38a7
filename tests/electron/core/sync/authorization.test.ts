// Abuse suite: an enrolled kecamatan crafts bundles with the project's own writer and keys; every attack is refused.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncedTable } from '../../../../electron/core/digest/synced-tables.ts';
import type { ChangeRecord } from '../../../../electron/core/sync/bundle/change-record.ts';
import { writeBundle } from '../../../../electron/core/sync/bundle/writer.ts';
import { exportBundles } from '../../../../electron/core/sync/export.ts';
import { formatStamp, receive, tick } from '../../../../electron/core/sync/hlc.ts';
import { importBundle, isSkewFlagged } from '../../../../electron/core/sync/import.ts';
import { ownIdentity } from '../../../../electron/core/sync/peers.ts';
import { reportVersionId } from '../../../../electron/core/reports/ids.ts';
import { as, caseIn, insertPerson } from '../../../support/cases.ts';
import { T0, tempDir, unwrap, type TestOffice, openSetUpOffice } from '../../../support/register.ts';
import {
  DINSOS_SETUP,
  digestOf,
  exportTo,
  importAll,
  KECAMATAN_2_SETUP,
  link,
  officeIdOf,
  ownOfficeRow,
  trust,
  written,
} from '../../../support/sync-network.ts';

let a: TestOffice; // the hostile kecamatan (Jeruklegi)
let b: TestOffice; // the victim (Kawunganten)
let dinsos: TestOffice;
let dir: string;
let seq = 100;
let n = 0;
const out = (): string => {
  const d = join(dir, `o${++n}`);
  mkdirSync(d);
  return d;
};
const ids = { aId: '', bId: '', dId: '', bPerson: '', bCase: '', bReferral: '', aCase: '', bReport: '' };

const row = (o: TestOffice, table: string, id: string): Record<string, unknown> | undefined =>
  o.register.deps.sqlite.prepare(`select * from "${table}" where id = ?`).get(id) as
    Record<string, unknown> | undefined;

/** A record as an honest export would carry it, from the row `from` holds, with `edit` applied on top. */
function recordFrom(
  from: TestOffice,
  table: string,
  id: string,
  edit: {
    values?: Record<string, string | number | null>;
    stamp?: string;
    origin?: string;
    deleted?: boolean;
  },
): ChangeRecord {
  const r = row(from, table, id) ?? row(dinsos, table, id);
  if (!r) throw new Error(`${table} ${id} is nowhere`);
  const values: Record<string, string | number | null> = {};
  for (const k of syncedTable(table).columns.slice(2)) values[k] = r[k] as string | number | null;
  return {
    table,
    id,
    origin: edit.origin ?? String(r.origin_office_id),
    deleted: edit.deleted ?? false,
    clocks: { b: edit.stamp ?? stampOf(a, 0), f: {} },
    values: { ...values, ...edit.values },
  };
}

/** A stamp of office `o`'s id, `aheadMs` after its clock. */
const stampOf = (o: TestOffice, aheadMs: number, officeId = officeIdOf(o.register)): string =>
  formatStamp({ ms: o.clock.ms + aheadMs, counter: 7 }, officeId);

/** The hostile office signs `records` with its own keys, for `to`, with the project's bundle writer. */
async function forge(
  records: ChangeRecord[],
  opts: { to?: TestOffice; from?: TestOffice; createdAt?: Date } = {},
): Promise<string> {
  const from = opts.from ?? a;
  const to = opts.to ?? dinsos;
  const me = await ownIdentity(
    from.register.deps.db,
    from.register.deps.paths.keys,
    from.register.deps.keyProtector,
  );
  const them = ownOfficeRow(to.register);
  const path = join(out(), `forged-${++seq}.pksb`);
  await writeBundle({
    out: path,
    sender: {
      officeId: me.officeId,
      fingerprint: me.fingerprint,
      signPublicKey: me.keys.sign.publicKey,
      signPrivateKey: me.keys.sign.privateKey,
    },
    recipients: [{ officeId: them.id, fingerprint: them.fingerprint, boxPublicKey: them.box_public_key }],
    sequence: seq,
    schemaVersion: 7,
    records: (function* () {
      yield* records;
    })(),
    extra: { acks: [] },
    createdAt: opts.createdAt ?? new Date(from.clock.ms),
  });
  return path;
}

const quarantineReasons = (o: TestOffice): string[] =>
  o.register.deps.sqlite
    .prepare(`select reason from sync_quarantine order by rowid`)
    .pluck()
    .all() as string[];

/** Imports a forged bundle at `at` and returns the new quarantine reasons; the bundle itself applies. */
async function attack(path: string, at: TestOffice = dinsos): Promise<string[]> {
  const before = quarantineReasons(at).length;
  const r = await importBundle(at.register.deps, path);
  expect(r.status).toBe('applied');
  return quarantineReasons(at).slice(before);
}

const dinsosIdentity = () => ({
  row: ownOfficeRow(dinsos.register),
  meta: dinsos.register.deps.sqlite
    .prepare(`select key, value from meta where key like 'office_%' order by key`)
    .all(),
});

beforeAll(async () => {
  a = await openSetUpOffice();
  b = await openSetUpOffice({ setup: KECAMATAN_2_SETUP });
  dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
  link(dinsos.register, [a.register, b.register]);
  dir = tempDir();
  ids.aId = officeIdOf(a.register);
  ids.bId = officeIdOf(b.register);
  ids.dId = officeIdOf(dinsos.register);
  ids.bPerson = await insertPerson(b.register, { name: 'Warga Kawunganten', desaCode: '33.01.09.2001' });
  const bc = await caseIn(b, 'DIRUJUK', ids.bPerson);
  ids.bCase = bc.id;
  ids.bReferral = String(
    b.register.deps.sqlite.prepare(`select id from referrals where case_id = ?`).pluck().get(bc.id),
  );
  ids.aCase = (await caseIn(a, 'DITERIMA', await insertPerson(a.register, { name: 'Warga Jeruklegi' }))).id;
  const tksk = await as(b, 'tksk');
  unwrap(
    await b.register.call(tksk, 'reports.notes.save', {
      month: '2026-02',
      obstacles: 'Catatan asli B.',
      recommendations: 'Rekomendasi asli B.',
    }),
  );
  unwrap(await b.register.call(tksk, 'reports.finalize', { month: '2026-02' }));
  ids.bReport = reportVersionId(ids.bId, '2026-02', 1);
  for (const o of [a, b]) await importAll(dinsos.register, written(await exportTo(o.register, out())));
  expect(row(dinsos, 'monthly_reports', ids.bReport)).toBeTruthy();
}, 120_000);
afterAll(async () => {
  await a.register.close();
  await b.register.close();
  await dinsos.dispose();
});

describe('finding 1: an office writes only what it owns', () => {
  it("refuses every write to another office's records; the victim's digest and the rest stay as they were", async () => {
    const bDigest = digestOf(dinsos.register, ids.bId);
    const dIdentity = dinsosIdentity();
    const notesId = String(
      dinsos.register.deps.sqlite
        .prepare(`select id from tksk_month_notes where office_id = ?`)
        .pluck()
        .get(ids.bId),
    );
    const attacks: [string, ChangeRecord][] = [
      [
        'hanya-milik-sendiri',
        recordFrom(b, 'persons', ids.bPerson, { values: { name: 'WARGA B DIUBAH OLEH A' } }),
      ],
      ['hanya-milik-sendiri', recordFrom(b, 'offices', ids.bId, { values: { name: 'Kantor palsu' } })],
      ['induk-milik-sendiri', recordFrom(b, 'referrals', ids.bReferral, { values: { case_id: ids.aCase } })],
      [
        'hanya-milik-sendiri',
        {
          ...recordFrom(b, 'persons', ids.bPerson, { values: { name: 'Warga Baru Atas Nama B' } }),
          id: '0190ffff-0000-7000-8000-00000000abcd',
          origin: ids.bId,
        },
      ],
      [
        'hanya-milik-sendiri',
        recordFrom(b, 'tksk_month_notes', notesId, { values: { obstacles: 'DITIMPA A' } }),
      ],
      ['hanya-milik-sendiri', recordFrom(b, 'monthly_reports', ids.bReport, { deleted: true })],
    ];
    for (const [rule, record] of attacks) {
      const reasons = await attack(await forge([record]));
      expect(reasons).toHaveLength(1);
      expect(reasons[0]).toContain(`[${rule}]`);
      expect(reasons[0]).toContain('Jeruklegi'); // names the sender
    }
    expect(digestOf(dinsos.register, ids.bId)).toBe(bDigest);
    expect(row(dinsos, 'persons', '0190ffff-0000-7000-8000-00000000abcd')).toBeUndefined();
    expect(dinsosIdentity()).toEqual(dIdentity);
    const audit = dinsos.register.deps.sqlite
      .prepare(`select detail from audit_log where action = 'sync.recordsRefused'`)
      .pluck()
      .all() as string[];
    expect(audit.length).toBe(attacks.length);
  });

  it("refuses the hostile office's own record when a stamp names another office", async () => {
    const aPerson = String(
      dinsos.register.deps.sqlite
        .prepare(`select id from persons where origin_office_id = ?`)
        .pluck()
        .get(ids.aId),
    );
    const forged = recordFrom(a, 'persons', aPerson, {
      stamp: stampOf(a, 5_000, ids.bId),
      values: { phone: '0899' },
    });
    const reasons = await attack(await forge([forged]));
    expect(reasons[0]).toContain('[penulis-stempel]');
    expect(row(dinsos, 'persons', aPerson)?.phone).not.toBe('0899');
    // Its own honest edit still applies.
    const honest = recordFrom(a, 'persons', aPerson, { stamp: stampOf(a, 6_000), values: { phone: '0812' } });
    expect(await attack(await forge([honest]))).toEqual([]);
    expect(row(dinsos, 'persons', aPerson)?.phone).toBe('0812');
  });
});

describe('finding 2: forged rows do not flow on, and receivers re-check scope', () => {
  it("B receives none of A's attempts back, and refuses a Dinsos bundle carrying A's resident", async () => {
    const back = written(await exportTo(dinsos.register, out()));
    const toB = back.filter((f) => f.includes(`_to_${ids.bId.replaceAll('-', '').slice(-8)}_`));
    for (const r of await importAll(b.register, toB)) expect(r.status).toBe('applied');
    expect(row(b, 'persons', ids.bPerson)?.name).toBe('Warga Kawunganten');
    expect(row(b, 'referrals', ids.bReferral)?.case_id).toBe(ids.bCase);
    expect(digestOf(b.register, ids.bId)).toBe(digestOf(dinsos.register, ids.bId));

    const aPerson = String(
      dinsos.register.deps.sqlite
        .prepare(`select id from persons where origin_office_id = ?`)
        .pluck()
        .get(ids.aId),
    );
    const leak = recordFrom(dinsos, 'persons', aPerson, { stamp: stampOf(dinsos, 0) });
    const reasons = await attack(await forge([leak], { from: dinsos, to: b }), b);
    expect(reasons[0]).toContain('[lingkup-penerima]');
    expect(row(b, 'persons', aPerson)).toBeUndefined();
  });

  it('a kecamatan refuses a bundle from another kecamatan whole, even one whose key it holds', async () => {
    trust(b.register, a.register); // as the network file lists every office
    const r = await importBundle(b.register.deps, await forge([], { to: b }));
    expect([r.status, r.code]).toEqual(['refused', 'WRONG_PEER']);
  });
});

describe("finding 3: no bundle changes an office's identity or keys", () => {
  it("refuses a change to Dinsos's own row and to any key; Dinsos keeps importing and exporting", async () => {
    const dIdentity = dinsosIdentity();
    const forgedFp = '11111 22222 33333 44444 55555 66666';
    const own = recordFrom(dinsos, 'offices', ids.dId, {
      stamp: stampOf(a, 10_000, ids.dId),
      values: { fingerprint: forgedFp },
    });
    expect((await attack(await forge([own])))[0]).toContain('[identitas-sendiri]');
    const aKeys = recordFrom(a, 'offices', ids.aId, {
      stamp: stampOf(a, 11_000),
      values: { fingerprint: forgedFp },
    });
    expect((await attack(await forge([aKeys])))[0]).toContain('[kunci-kantor]');
    expect(dinsosIdentity()).toEqual(dIdentity);
    // The network still works: A's and B's honest bundles import, Dinsos exports, B imports Dinsos's bundle.
    await insertPerson(b.register, { name: 'Warga Setelah Serangan', desaCode: '33.01.09.2001' });
    for (const r of await importAll(dinsos.register, written(await exportTo(b.register, out()))))
      expect([r.status, r.reason]).toEqual(['applied', null]);
    const back = written(await exportBundles(dinsos.register.deps, out()));
    expect(back.length).toBeGreaterThan(0);
    const toB = back.filter((f) => f.includes(`_to_${ids.bId.replaceAll('-', '').slice(-8)}_`));
    for (const r of await importAll(b.register, toB)) expect([r.status, r.reason]).toEqual(['applied', null]);
  });
});

describe('finding 4: bounded clocks', () => {
  const hlcOf = (o: TestOffice): string =>
    String(o.register.deps.sqlite.prepare(`select value from meta where key = 'hlc_last'`).pluck().get());

  it('a stamp of 9999999999999 is refused, the clock unmoved, and Dinsos still exports', async () => {
    const before = hlcOf(dinsos);
    const aPerson = String(
      dinsos.register.deps.sqlite
        .prepare(`select id from persons where origin_office_id = ?`)
        .pluck()
        .get(ids.aId),
    );
    const poison = recordFrom(a, 'persons', aPerson, {
      stamp: `9999999999999-ffff-${ids.aId}`,
      values: { phone: 'x' },
    });
    const reasons = await attack(await forge([poison], { createdAt: new Date(9_999_999_999_999) }));
    expect(reasons[0]).toContain('[batas-jam]');
    expect(hlcOf(dinsos)).toBe(before);
    await insertPerson(dinsos.register, { name: 'Warga Dinsos', desaCode: '33.01.08.2001' });
    await expect(exportBundles(dinsos.register.deps, out())).resolves.toBeDefined();
  });

  it('a sender three days ahead is still accepted and flagged', async () => {
    a.clock.ms = dinsos.clock.ms + 3 * 86_400_000;
    await insertPerson(a.register, { name: 'Warga Jam Maju' });
    const [r] = await importAll(dinsos.register, written(await exportTo(a.register, out())));
    expect([r?.status, r?.quarantined]).toEqual(['applied', 0]);
    expect(isSkewFlagged(r?.clockSkewMs ?? null)).toBe(true);
    a.clock.ms = dinsos.clock.ms;
  });

  it('tick and receive never leave the 13-digit format', () => {
    expect(() => tick({ ms: 9_999_999_999_999, counter: 0xffff }, T0)).toThrow(/out of range/);
    expect(() => receive({ ms: 0, counter: 0 }, { ms: 10_000_000_000_000, counter: 0 }, T0)).toThrow(
      /out of range/,
    );
    expect(() => formatStamp({ ms: 10_000_000_000_000, counter: 0 }, 'x')).toThrow(/out of range/);
  });
});

describe('finding 5: a report can be finalized again after a tombstone', () => {
  it('the office tombstones its own version 1, then finalizes version 2', async () => {
    const tksk = await as(b, 'tksk');
    await b.register.deps.db.transaction().execute(async (trx) => {
      const { createWriter } = await import('../../../../electron/core/sync/writer.ts');
      await createWriter(trx, ids.bId, b.register.deps.now).remove('monthly_reports', ids.bReport);
    });
    const v = unwrap(await b.register.call(tksk, 'reports.finalize', { month: '2026-02' }));
    expect(v.state.kind).toBe('final');
    expect(v.versions.map((x) => x.version)).toEqual([2]);
  });
});
