// Concurrent edits of one field: the loser is logged on both sides, listed by the CLI, and "other" travels and wins.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/run.ts';
import type { Register } from '../../../../electron/core/register.ts';
import { listConflicts, resolveConflict } from '../../../../electron/core/sync/conflicts.ts';
import { insertPerson } from '../../../support/cases.ts';
import {
  openSetUpOffice,
  openTestRegister,
  removeTempDirs,
  tempDir,
  type TestRegister,
} from '../../../support/register.ts';
import { editRow, fieldOf } from '../../../support/sync-edit.ts';
import {
  DINSOS_SETUP,
  digestOf,
  exportTo,
  importAll,
  link,
  officeIdOf,
  written,
} from '../../../support/sync-network.ts';

let kec: TestRegister;
let dinsos: TestRegister;
let dir: string;
let n = 0;

beforeAll(async () => {
  kec = await openSetUpOffice();
  dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
  link(dinsos.register, [kec.register]);
  dir = tempDir();
}, 60_000);
afterAll(async () => {
  await kec.register.close();
  await dinsos.register.close();
  removeTempDirs();
});

/** The bundle files `from` writes now. */
async function outbox(from: TestRegister): Promise<string[]> {
  const out = join(dir, `out-${++n}`);
  mkdirSync(out);
  return written(await exportTo(from.register, out));
}

/** Everything `from` has for `to`, imported there. */
async function send(from: TestRegister, to: TestRegister): Promise<void> {
  const r = await importAll(to.register, await outbox(from));
  expect(r.every((x) => x.status === 'applied')).toBe(true);
}

async function cliOut(...argv: string[]): Promise<string> {
  const out: string[] = [];
  expect(await runCli(argv, { out: (l) => out.push(l), err: (l) => out.push(l) })).toBe(0);
  return out.join('\n');
}

/** Closes the register, runs `puskesos conflicts` on its data directory, and opens it again. */
async function conflictsCli(t: TestRegister): Promise<string> {
  await t.register.close();
  const out = await cliOut('conflicts', '--data-dir', t.dataDir);
  t.register = (await openTestRegister({ dataDir: t.dataDir, mode: 'existing', clock: t.clock })).register;
  return out;
}

async function resolve(t: TestRegister, id: string, choose: 'keep' | 'other'): Promise<void> {
  const { db, now } = t.register.deps;
  await db
    .transaction()
    .execute((trx) => resolveConflict(trx, { officeId: officeIdOf(t.register), now }, id, choose, 'admin'));
}

const phoneAt = (r: Register, id: string): unknown => fieldOf(r, 'persons', id, 'phone');

describe('conflicts', () => {
  let person: string;

  it('logs the losing value of a concurrent edit at each importing side, and the CLI lists it', async () => {
    person = await insertPerson(kec.register, { name: 'Rina Wulandari' });
    await send(kec, dinsos);
    await send(dinsos, kec);
    // Neither office has seen the other's edit: the later stamp (Dinsos's) wins.
    kec.clock.ms += 60_000;
    dinsos.clock.ms += 120_000;
    await editRow(kec.register, 'persons', person, { phone: '0812-1111-2222' });
    await editRow(dinsos.register, 'persons', person, { phone: '0813-3333-4444' });
    // The two bundles cross on the way (each exported before the other arrived).
    const up = await outbox(kec);
    const down = await outbox(dinsos);
    for (const [to, files] of [
      [dinsos, up],
      [kec, down],
    ] as const) {
      expect((await importAll(to.register, files)).map((x) => x.status)).toEqual(['applied']);
    }
    for (const t of [kec, dinsos]) {
      expect(phoneAt(t.register, person)).toBe('0813-3333-4444');
      const open = await listConflicts(t.register.deps.db);
      expect(open.map((c) => [c.table, c.rowId, c.column, c.winnerValue, c.loserValue])).toEqual([
        ['persons', person, 'phone', '0813-3333-4444', '0812-1111-2222'],
      ]);
      const listed = await conflictsCli(t);
      expect(listed).toContain(`persons.phone  baris ${person}`);
      expect(listed).toMatch(/dipakai: "0813-3333-4444"/);
      expect(listed).toMatch(/kalah: +"0812-1111-2222"/);
    }
    // Re-delivering the same changes logs nothing twice.
    await send(kec, dinsos);
    expect(await listConflicts(dinsos.register.deps.db)).toHaveLength(1);
  });

  it('"other" at Dinsos is a new change that wins everywhere; "keep" at the office only closes its entry', async () => {
    const [atDinsos] = await listConflicts(dinsos.register.deps.db);
    dinsos.clock.ms += 60_000;
    await resolve(dinsos, atDinsos?.id ?? '', 'other');
    expect(phoneAt(dinsos.register, person)).toBe('0812-1111-2222');
    expect((await listConflicts(dinsos.register.deps.db, 'all')).map((c) => c.status)).toEqual([
      'overridden',
    ]);

    const [atKec] = await listConflicts(kec.register.deps.db);
    const before = digestOf(kec.register);
    await resolve(kec, atKec?.id ?? '', 'keep');
    expect(digestOf(kec.register)).toBe(before);
    expect((await listConflicts(kec.register.deps.db, 'all')).map((c) => c.status)).toEqual(['kept']);

    await send(dinsos, kec);
    await send(kec, dinsos);
    for (const t of [kec, dinsos]) {
      expect(phoneAt(t.register, person)).toBe('0812-1111-2222');
      expect(await listConflicts(t.register.deps.db)).toEqual([]);
    }
    const id = officeIdOf(kec.register);
    expect(digestOf(dinsos.register, id)).toBe(digestOf(kec.register, id));
    expect(await conflictsCli(kec)).toBe('Tidak ada konflik terbuka.');
  });
});
