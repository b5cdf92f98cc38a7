// Property: one hostile office among honest ones changes nothing of the honest offices' records, wherever held.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerDigest } from '../../../../electron/core/digest/digest.ts';
import type { ChangeRecord } from '../../../../electron/core/sync/bundle/change-record.ts';
import { writeBundle } from '../../../../electron/core/sync/bundle/writer.ts';
import { exportBundles } from '../../../../electron/core/sync/export.ts';
import { formatStamp } from '../../../../electron/core/sync/hlc.ts';
import { importBundle } from '../../../../electron/core/sync/import.ts';
import { ownIdentity, type OwnIdentity } from '../../../../electron/core/sync/peers.ts';
import { createWriter } from '../../../../electron/core/sync/writer.ts';
import { openSetUpOffice, T0, type TestOffice } from '../../../support/register.ts';
import { DINSOS_SETUP, KECAMATAN_2_SETUP, link, ownOfficeRow } from '../../../support/sync-network.ts';
import { memCopy, snapshotOf, type MemOffice } from '../../../support/sync-memory.ts';

const KECAMATAN_3_SETUP = { ...KECAMATAN_2_SETUP, regionCode: '33.01.10', name: 'Puskesos Kecamatan Hostil' };
const DAY = 86_400_000;

type Honest =
  | { kind: 'insert'; office: number }
  | { kind: 'edit'; office: number; pick: number; value: number }
  | { kind: 'sync' };

/** What the hostile office forges: a write to an honest office's record, with any stamp it likes. */
interface Attack {
  pick: number;
  field: 'name' | 'phone' | 'notes' | 'deleted' | 'origin' | 'new' | 'fingerprint';
  author: number; // 0 Dinsos, 1..2 honest, 3 itself
  aheadMs: number;
}

const honest: fc.Arbitrary<Honest> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), office: fc.integer({ min: 1, max: 2 }) }),
  fc.record({
    kind: fc.constant('edit' as const),
    office: fc.integer({ min: 0, max: 2 }),
    pick: fc.nat(),
    value: fc.nat({ max: 3 }),
  }),
  fc.record({ kind: fc.constant('sync' as const) }),
);
const attack: fc.Arbitrary<Attack> = fc.record({
  pick: fc.nat(),
  field: fc.constantFrom('name', 'phone', 'notes', 'deleted', 'origin', 'new', 'fingerprint'),
  author: fc.integer({ min: 0, max: 3 }),
  aheadMs: fc.integer({ min: -DAY, max: 400 * DAY }),
});

let bases: TestOffice[];
let snaps: Buffer[];
let hostile: OwnIdentity;
let dir: string;
let ids = 0;
let seq = 1000;

beforeAll(async () => {
  const d = await openSetUpOffice({ setup: DINSOS_SETUP });
  const k1 = await openSetUpOffice();
  const k2 = await openSetUpOffice({ setup: KECAMATAN_2_SETUP });
  const h = await openSetUpOffice({ setup: KECAMATAN_3_SETUP });
  link(d.register, [k1.register, k2.register, h.register]);
  bases = [d, k1, k2, h];
  snaps = bases.map((b) => snapshotOf(b.register));
  hostile = await ownIdentity(h.register.deps.db, h.register.deps.paths.keys, h.register.deps.keyProtector);
  dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'puskesos-hostile-'));
}, 60_000);
afterAll(async () => {
  for (const b of bases) await b.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const personRows = (o: MemOffice): Record<string, string | number | null>[] =>
  o.deps.sqlite
    .prepare(`select * from persons where origin_office_id != ? order by id`)
    .all(hostile.officeId) as Record<string, string | number | null>[];

async function runHonest(offices: MemOffice[], op: Honest, outDir: string, n: number): Promise<void> {
  if (op.kind === 'sync') return quiesce(offices.slice(0, 3), outDir);
  const o = offices[op.office] as MemOffice;
  o.clock.ms += 1000;
  await o.deps.db.transaction().execute(async (trx) => {
    const w = createWriter(trx, o.officeId, o.deps.now);
    if (op.kind === 'insert') {
      const id = `0190${String(n).padStart(4, '0')}-0000-7000-8000-${o.officeId.slice(-12)}`;
      await w.insert('persons', {
        id,
        household_id: null,
        nik: null,
        name: `Warga ${n}`,
        name_norm: `warga ${n}`,
        sex: 'P',
        birth_place: null,
        birth_date: null,
        relationship: null,
        religion: null,
        marital_status: null,
        education: null,
        occupation: null,
        disability_types: '[]',
        padan_dukcapil: 'unknown',
        dtsen_status: 'tidak_diketahui',
        phone: null,
        desa_code: '33.01.08.2001',
        nik_override_reason: null,
        notes: null,
      });
    } else {
      const rows = personRows(o);
      const r = rows[op.pick % Math.max(1, rows.length)];
      if (r) await w.update('persons', String(r.id), { phone: `08${op.value}` });
    }
  });
}

async function quiesce(offices: MemOffice[], outDir: string): Promise<void> {
  for (let round = 0; round < 6; round++) {
    let sent = 0;
    for (const from of offices) {
      for (const b of await exportBundles(from.deps, outDir)) {
        const to = offices.find((x) => x.officeId === b.recipientOfficeId);
        if (!b.path || !to) continue;
        sent++;
        const r = await importBundle(to.deps, b.path);
        if (r.status !== 'applied') throw new Error(`${r.status}: ${r.reason}`);
      }
    }
    if (sent === 0) return;
  }
  throw new Error('did not quiesce');
}

/** The forged bundle, signed with the hostile office's own valid key, for Dinsos. */
async function forge(d: MemOffice, offices: MemOffice[], a: Attack, outDir: string): Promise<string | null> {
  const rows = personRows(d);
  const r = rows[a.pick % Math.max(1, rows.length)];
  const victim = ownOfficeRow(bases[1]?.register as TestOffice['register']);
  const authorId = a.author === 3 ? hostile.officeId : (offices[a.author] as MemOffice).officeId;
  const stamp = formatStamp({ ms: d.clock.ms + a.aheadMs, counter: 9 }, authorId);
  let record: ChangeRecord;
  if (a.field === 'fingerprint') {
    record = {
      table: 'offices',
      id: a.pick % 2 ? victim.id : d.officeId,
      origin: a.pick % 2 ? victim.id : d.officeId,
      deleted: false,
      clocks: { b: stamp, f: {} },
      values: { fingerprint: '11111 22222 33333 44444 55555 66666', name: 'Dipalsukan' },
    };
  } else {
    if (!r) return null;
    const values: Record<string, string | number | null> = {};
    for (const [k, v] of Object.entries(r)) {
      if (
        ![
          'id',
          'origin_office_id',
          'deleted',
          'clocks',
          'hlc',
          'local_seq',
          'created_at',
          'updated_at',
        ].includes(k)
      )
        values[k] = v;
    }
    if (a.field === 'name' || a.field === 'phone' || a.field === 'notes') values[a.field] = 'DIPALSUKAN';
    record = {
      table: 'persons',
      id: a.field === 'new' ? `0190ffff-0000-7000-8000-${String(seq).padStart(12, '0')}` : String(r.id),
      origin: a.field === 'origin' ? hostile.officeId : String(r.origin_office_id),
      deleted: a.field === 'deleted',
      clocks: { b: stamp, f: {} },
      values,
    };
  }
  const path = join(outDir, `forged-${++seq}.pksb`);
  const dRow = ownOfficeRow(bases[0]?.register as TestOffice['register']);
  await writeBundle({
    out: path,
    sender: {
      officeId: hostile.officeId,
      fingerprint: hostile.fingerprint,
      signPublicKey: hostile.keys.sign.publicKey,
      signPrivateKey: hostile.keys.sign.privateKey,
    },
    recipients: [{ officeId: dRow.id, fingerprint: dRow.fingerprint, boxPublicKey: dRow.box_public_key }],
    sequence: seq,
    schemaVersion: 7,
    records: [record][Symbol.iterator](),
    extra: { acks: [] },
    createdAt: new Date(d.clock.ms + a.aheadMs),
  });
  return path;
}

describe('one hostile office among honest ones (property)', () => {
  it("whatever it sends, the honest offices' origin digests equal those of the honest deliveries alone", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(honest, { minLength: 2, maxLength: 8 }),
        fc.array(fc.option(attack, { nil: null }), { minLength: 2, maxLength: 8 }),
        async (ops, attacks) => {
          const runDir = mkdtempSync(join(dir, 'run-'));
          const withHostile = bases
            .slice(0, 3)
            .map((b, i) => memCopy(b.register, snaps[i] as Buffer, T0 + i * 7));
          const alone = bases.slice(0, 3).map((b, i) => memCopy(b.register, snaps[i] as Buffer, T0 + i * 7));
          try {
            for (const [i, op] of ops.entries()) {
              const a = attacks[i];
              const d = withHostile[0] as MemOffice;
              if (a) {
                const path = await forge(d, withHostile, a, runDir);
                if (path) expect((await importBundle(d.deps, path)).status).toBe('applied');
              }
              const n = ++ids;
              await runHonest(withHostile, op, runDir, n);
              await runHonest(alone, op, runDir, n);
            }
            await quiesce(withHostile, runDir);
            await quiesce(alone, runDir);
            for (const i of [1, 2]) {
              const origin = (alone[i] as MemOffice).officeId;
              const expected = registerDigest((alone[0] as MemOffice).deps.sqlite, origin).register;
              expect(registerDigest((withHostile[0] as MemOffice).deps.sqlite, origin).register).toBe(
                expected,
              );
              expect(registerDigest((withHostile[i] as MemOffice).deps.sqlite, origin).register).toBe(
                expected,
              );
            }
            expect(
              registerDigest(
                (withHostile[0] as MemOffice).deps.sqlite,
                (withHostile[0] as MemOffice).officeId,
              ).register,
            ).toBe(
              registerDigest((alone[0] as MemOffice).deps.sqlite, (alone[0] as MemOffice).officeId).register,
            );
          } finally {
            for (const o of [...withHostile, ...alone]) await o.close();
            rmSync(runDir, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: Number(process.env.PUSKESOS_PROP_RUNS ?? 25) },
    );
  }, 300_000);
});
