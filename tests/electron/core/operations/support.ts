// Helpers for operation tests: follow an operation to its end, and fill a Dinsos inbox from kecamatan offices.
import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Caller } from '../../../../electron/core/context.ts';
import type { Register } from '../../../../electron/core/register.ts';
import { generateDemoData } from '../../../../electron/core/demo/generate.ts';
import type { OperationEvent, OperationView } from '../../../../shared/api/operations.ts';
import {
  NO_SESSION,
  openTestRegister,
  tempDir,
  unwrap,
  type TestRegister,
} from '../../../support/register.ts';
import { exportTo, officeIdOf } from '../../../support/sync-network.ts';
import type { SetupInput } from '../../../../shared/api/methods/system.ts';

/** Polls (long polling) until the final event; returns every event in the order received. */
export async function follow(register: Register, caller: Caller, id: string): Promise<OperationEvent[]> {
  const events: OperationEvent[] = [];
  let cursor = 0;
  for (;;) {
    const v: OperationView = unwrap(
      await register.call(caller, 'operations.poll', { id, after: cursor, waitMs: 5_000 }),
    );
    events.push(...v.events);
    cursor = v.cursor;
    if (v.events.some((e) => e.kind === 'final')) return events;
  }
}

/** A kecamatan office with synthetic data, set up without users (no password hashing beyond the admin). */
export async function kecamatanWithData(setup: SetupInput, persons: number): Promise<TestRegister> {
  const t = await openTestRegister();
  unwrap(await t.register.call(NO_SESSION, 'setup.complete', setup));
  await generateDemoData(t.register.deps, { persons, months: 2, finalizedMonths: 0 });
  return t;
}

/** Exports each office's bundle for `dinsos` and copies it into Dinsos's inbox; returns the file names. */
export async function fillInbox(dinsos: TestRegister, offices: readonly Register[]): Promise<string[]> {
  const inbox = join(dinsos.dataDir, 'inbox');
  mkdirSync(inbox, { recursive: true });
  const names: string[] = [];
  for (const o of offices) {
    const out = tempDir();
    for (const b of await exportTo(o, out)) {
      if (!b.path || b.recipientOfficeId !== officeIdOf(dinsos.register)) continue;
      copyFileSync(b.path, join(inbox, basename(b.path)));
      names.push(basename(b.path));
    }
  }
  return names.sort();
}
