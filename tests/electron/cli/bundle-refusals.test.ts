// CLI: `puskesos bundle import` refuses wrong-recipient, unknown-sender, revoked-sender and newer-format files.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openRegisterFile } from '../../support/raw-db.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_ERROR_MESSAGES } from '../../../electron/core/sync/bundle/errors.ts';
import { craftBundle, preambleLine } from '../../support/bundle-craft.ts';
import { cli, initOffice, passwordFile, trustDirectly, type Run } from '../../support/cli-offices.ts';
import { removeTempDirs, tempDir } from '../../support/register.ts';
import { DINSOS, KECAMATAN } from '../../support/sync-keys.ts';

const db = (dir: string): string => join(dir, 'puskesos.sqlite');
const officeId = (dir: string): string => {
  const d = openRegisterFile(db(dir), { readonly: true });
  const id = d.prepare(`select value from meta where key = 'office_id'`).pluck().get() as string;
  d.close();
  return id;
};

const digest = async (dir: string): Promise<string> => (await cli('digest', '--data-dir', dir)).out;
const lastIn = (dir: string): { status: string; reason: string } => {
  const d = openRegisterFile(db(dir), { readonly: true });
  const row = d
    .prepare(`select status, reason from bundles_in order by received_at desc, rowid desc limit 1`)
    .get() as { status: string; reason: string };
  d.close();
  return row;
};

let tmp: string;
let kec: string;
let kec2: string;
let dinsos: string;
let n = 0;
const outDir = (): string => {
  const d = join(tmp, `out-${++n}`);
  mkdirSync(d);
  return d;
};
const filesOf = (r: Run): string[] => [...r.out.matchAll(/^(\S+\.pksb)/gm)].map((m) => m[1] ?? '');

beforeAll(async () => {
  tmp = tempDir('puskesos-cli-refuse-');
  const pw = passwordFile(tmp);
  [kec, kec2, dinsos] = ['kec', 'kec2', 'dinsos'].map((d) => join(tmp, d)) as [string, string, string];
  expect((await initOffice(kec, 'kecamatan', '33.01.08', pw)).code).toBe(0);
  expect((await initOffice(kec2, 'kecamatan', '33.01.09', pw)).code).toBe(0);
  expect((await initOffice(dinsos, 'dinsos', '33.01', pw)).code).toBe(0);
  for (const k of [kec, kec2]) {
    trustDirectly(k, dinsos);
    trustDirectly(dinsos, k);
  }
  for (const [k, seed] of [
    [kec, '1'],
    [kec2, '2'],
    [dinsos, '3'],
  ] as const) {
    expect((await cli('demo-data', '--data-dir', k, '--persons', '5', '--seed', seed)).code).toBe(0);
  }
}, 60_000);
afterAll(() => removeTempDirs());

/** `bundle import` of one file: exit 1, the code's message on stderr and in the inbox, digest unchanged. */
async function expectRefused(dir: string, file: string, message: string): Promise<void> {
  const before = await digest(dir);
  const r = await cli('bundle', 'import', '--data-dir', dir, file);
  expect(r.code).toBe(1);
  expect(r.err).toContain(`DITOLAK — ${message}`);
  expect(lastIn(dir)).toEqual({ status: 'refused', reason: message });
  expect(await digest(dir)).toBe(before);
}

describe('puskesos bundle import refusals', () => {
  it('wrong recipient', async () => {
    const back = filesOf(await cli('bundle', 'export', '--data-dir', dinsos, '--out-dir', outDir()));
    expect(back).toHaveLength(2);
    const short = officeId(kec).replaceAll('-', '').slice(-8);
    const forKec = back.find((f) => f.includes(`_to_${short}_`)) ?? '';
    await expectRefused(kec2, forKec, BUNDLE_ERROR_MESSAGES.WRONG_RECIPIENT);
  });

  it('unknown sender', async () => {
    const [fromKec2] = filesOf(await cli('bundle', 'export', '--data-dir', kec2, '--out-dir', outDir()));
    await expectRefused(kec, fromKec2 ?? '', BUNDLE_ERROR_MESSAGES.UNKNOWN_SENDER);
  });

  it('newer format version', async () => {
    const file = join(outDir(), 'baru.pksb');
    await craftBundle({
      out: file,
      sender: KECAMATAN.sender,
      recipients: [DINSOS.recipient],
      lines: [preambleLine(KECAMATAN, [DINSOS])],
      header: { formatVersion: 4, minReaderVersion: 4 },
    });
    await expectRefused(dinsos, file, BUNDLE_ERROR_MESSAGES.NEWER_FORMAT);
  });

  it('revoked sender', async () => {
    expect((await cli('revoke', '--data-dir', dinsos, '--office', officeId(kec))).code).toBe(0);
    const [stolen] = filesOf(await cli('bundle', 'export', '--data-dir', kec, '--out-dir', outDir()));
    await expectRefused(dinsos, stolen ?? '', BUNDLE_ERROR_MESSAGES.REVOKED_SENDER);
  });
});
