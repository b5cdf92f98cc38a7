// A run of two bundles killed with SIGKILL, its checkpoint still pending: each bundle is whole or absent, none lost.
import { cpSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, initOffice, passwordFile, trustDirectly } from '../../support/cli-offices.ts';
import { importInChild, seededRandom } from '../../support/cli-kill.ts';
import { openRegisterFile } from '../../support/raw-db.ts';
import { removeTempDirs, tempDir } from '../../support/register.ts';

const TRIALS = 12;

const dbOf = (dir: string): string => join(dir, 'puskesos.sqlite');

let tmp: string;
let prepared: string;
let bundles: string[];
/** The Dinsos digest with none, the first, and both bundles applied. */
let digests: string[];
let runMs: number;

async function exportFrom(kec: string): Promise<string> {
  const out = join(tmp, `out-${kec.split('/').pop() ?? ''}`);
  mkdirSync(out);
  const e = await cli('bundle', 'export', '--data-dir', kec, '--out-dir', out);
  return /^(\S+\.pksb)/m.exec(e.out)?.[1] ?? '';
}

beforeAll(async () => {
  tmp = tempDir('puskesos-run-sigkill-');
  const pw = passwordFile(tmp);
  prepared = join(tmp, 'dinsos');
  expect((await initOffice(prepared, 'dinsos', '33.01', pw)).code).toBe(0);
  bundles = [];
  for (const [i, region] of ['33.01.08', '33.01.09'].entries()) {
    const kec = join(tmp, `kec${i}`);
    expect((await initOffice(kec, 'kecamatan', region, pw)).code).toBe(0);
    trustDirectly(kec, prepared);
    trustDirectly(prepared, kec);
    expect((await cli('demo-data', '--data-dir', kec, '--persons', '1000', '--seed', `${21 + i}`)).code).toBe(
      0,
    );
    bundles.push(await exportFrom(kec));
  }
  digests = [(await cli('digest', '--data-dir', prepared)).out];
  const one = join(tmp, 'one');
  cpSync(prepared, one, { recursive: true });
  expect((await cli('bundle', 'import', '--data-dir', one, bundles[0] ?? '')).code).toBe(0);
  digests.push((await cli('digest', '--data-dir', one)).out);
  const clean = join(tmp, 'clean');
  cpSync(prepared, clean, { recursive: true });
  const run = await importInChild(clean, bundles, null);
  expect(run.killed).toBe(false);
  runMs = run.heldMs;
  digests.push((await cli('digest', '--data-dir', clean)).out);
  expect(new Set(digests).size).toBe(3);
}, 90_000);
afterAll(() => removeTempDirs());

describe('an import run of two bundles killed with SIGKILL', () => {
  it(`${TRIALS} trials: integrity ok, each bundle all or nothing, a bundle committed only to the WAL is kept`, async () => {
    const rnd = seededRandom(20261208);
    let onlyInWal = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const dir = join(tmp, `trial-${trial}`);
      cpSync(prepared, dir, { recursive: true });
      const run = await importInChild(dir, bundles, rnd() * runMs);
      if (!run.killed) runMs = Math.min(runMs, run.heldMs * 0.9);
      // The first bundle committed and the run's checkpoint not reached: its pages are in the WAL only.
      const wal = `${dbOf(dir)}-wal`;
      const walBytes = existsSync(wal) ? statSync(wal).size : 0;

      const db = openRegisterFile(dbOf(dir));
      expect(db.pragma('integrity_check', { simple: true }), `trial ${trial}`).toBe('ok');
      const applied = Number(
        db.prepare(`select count(*) from bundles_in where status = 'applied'`).pluck().get(),
      );
      db.close();
      if (run.killed && applied === 1 && walBytes > 0) onlyInWal++;
      expect((await cli('digest', '--data-dir', dir)).out, `trial ${trial}: ${applied} applied`).toBe(
        digests[applied],
      );
      const again = await cli('bundle', 'import', '--data-dir', dir, ...bundles);
      expect(again.code, `trial ${trial}: ${again.err}`).toBe(0);
      expect((await cli('digest', '--data-dir', dir)).out, `trial ${trial}`).toBe(digests[2]);
      rmSync(dir, { recursive: true, force: true });
    }
    // Some kills landed after the first bundle's commit and before the run's checkpoint (what this test is for).
    expect(onlyInWal).toBeGreaterThan(0);
  }, 300_000);
});
