// Import refusals through the engine: wrong recipient, unknown or revoked sender, newer format, altered bytes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_ERROR_MESSAGES, type BundleErrorCode } from '../../../../electron/core/sync/bundle/errors.ts';
import { importBundle } from '../../../../electron/core/sync/import.ts';
import { readKeys } from '../../../../electron/core/office/keystore.ts';
import type { Register } from '../../../../electron/core/register.ts';
import { craftBundle, preambleLine } from '../../../support/bundle-craft.ts';
import { insertPerson } from '../../../support/cases.ts';
import { openSetUpOffice, tempDir, unwrap, type TestOffice } from '../../../support/register.ts';
import {
  DINSOS_SETUP,
  digestOf,
  exportTo,
  KECAMATAN_2_SETUP,
  link,
  officeIdOf,
  ownOfficeRow,
  written,
} from '../../../support/sync-network.ts';
import type { TestOffice as KeyedOffice } from '../../../support/sync-keys.ts';

let k1: TestOffice;
let k2: TestOffice;
let dinsos: TestOffice;
let dir: string;
let n = 0;
const outDir = (): string => {
  const d = join(dir, `out-${++n}`);
  mkdirSync(d);
  return d;
};

beforeAll(async () => {
  k1 = await openSetUpOffice();
  k2 = await openSetUpOffice({ setup: KECAMATAN_2_SETUP });
  dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
  link(dinsos.register, [k1.register, k2.register]);
  dir = tempDir();
  await insertPerson(k1.register, { name: 'Siti Aminah' });
  await insertPerson(k2.register, { name: 'Budi Santoso', desaCode: '33.01.09.2001' });
  await insertPerson(dinsos.register, { name: 'Warga Dinsos', desaCode: '33.01.08.2001' });
}, 60_000);
afterAll(async () => {
  await k1.register.close();
  await k2.register.close();
  await dinsos.dispose();
});

const shortOf = (r: Register): string => officeIdOf(r).replaceAll('-', '').slice(-8);

interface InboxRow {
  status: string;
  reason: string | null;
}
const lastIn = (r: Register): InboxRow =>
  r.deps.sqlite
    .prepare(`select status, reason from bundles_in order by received_at desc, rowid desc limit 1`)
    .get() as InboxRow;

/** Imports `file` at `at`: refused with `code`'s own message, recorded as refused, register unchanged. */
async function expectRefused(at: Register, file: string, code: BundleErrorCode): Promise<string> {
  const before = digestOf(at);
  const r = await importBundle(at.deps, file);
  expect([r.status, r.code]).toEqual(['refused', code]);
  expect(r.reason).toBe(BUNDLE_ERROR_MESSAGES[code]);
  expect(lastIn(at)).toEqual({ status: 'refused', reason: BUNDLE_ERROR_MESSAGES[code] });
  expect(digestOf(at)).toBe(before);
  return r.reason ?? '';
}

/** A register's signing identity, as the codec's crafting helpers want it. */
function keyedOffice(r: Register): KeyedOffice {
  const row = ownOfficeRow(r);
  const keys = readKeys(r.deps.paths.keys, r.deps.keyProtector);
  const party = { officeId: row.id, fingerprint: row.fingerprint };
  return {
    officeId: row.id,
    keys,
    fingerprint: row.fingerprint,
    party,
    sender: { ...party, signPublicKey: keys.sign.publicKey, signPrivateKey: keys.sign.privateKey },
    recipient: { ...party, boxPublicKey: keys.box.publicKey },
  };
}

describe('import refusals (engine)', () => {
  const reasons = new Map<BundleErrorCode, string>();

  it('refuses a bundle addressed to another office', async () => {
    const back = written(await exportTo(dinsos.register, outDir()));
    const forK1 = back.find((f) => f.includes(`_to_${shortOf(k1.register)}_`)) ?? '';
    reasons.set('WRONG_RECIPIENT', await expectRefused(k2.register, forK1, 'WRONG_RECIPIENT'));
  });

  it('refuses a bundle from an office this office has not enrolled', async () => {
    const [fromK2] = written(await exportTo(k2.register, outDir()));
    reasons.set('UNKNOWN_SENDER', await expectRefused(k1.register, fromK2 ?? '', 'UNKNOWN_SENDER'));
  });

  it('refuses a bundle in a newer format, before anything else', async () => {
    const from = keyedOffice(k1.register);
    const to = keyedOffice(dinsos.register);
    const file = join(outDir(), 'baru.pksb');
    await craftBundle({
      out: file,
      sender: from.sender,
      recipients: [to.recipient],
      lines: [preambleLine(from, [to])],
      header: { formatVersion: 4, minReaderVersion: 4 },
    });
    reasons.set('NEWER_FORMAT', await expectRefused(dinsos.register, file, 'NEWER_FORMAT'));
  });

  it('single-byte changes over header, signature and payload, and truncations, are refused', async () => {
    const [file] = written(await exportTo(k1.register, outDir()));
    const original = readFileSync(file ?? '');
    const headerEnd = 9 + original.readUInt32BE(5);
    const sigEnd = headerEnd + 64;
    const spread = (from: number, to: number, count: number): number[] =>
      Array.from({ length: count }, (_, i) => from + Math.floor(((to - from) * i) / count));
    const offsets = [
      ...spread(0, headerEnd, 14),
      ...spread(headerEnd, sigEnd, 12),
      ...spread(sigEnd, original.length, 14),
      original.length - 1,
    ];
    const victim = join(outDir(), 'rusak.pksb');
    const before = digestOf(dinsos.register);
    const codes = new Set<string>();
    let tried = 0;
    const check = async (bytes: Buffer): Promise<void> => {
      writeFileSync(victim, bytes);
      tried++;
      const r = await importBundle(dinsos.register.deps, victim);
      expect(r.status).toBe('refused');
      expect(r.reason).toBeTruthy();
      codes.add(r.code ?? '');
    };
    for (const at of offsets) {
      const copy = Buffer.from(original);
      copy[at] = (copy[at] ?? 0) ^ (1 << (at % 8));
      await check(copy);
    }
    for (const len of [0, 3, 8, ...spread(9, original.length, 20), original.length - 1]) {
      await check(original.subarray(0, len));
    }
    expect(digestOf(dinsos.register)).toBe(before);
    for (const code of ['BAD_MAGIC', 'CORRUPT_HEADER', 'BAD_SIGNATURE', 'DIGEST_MISMATCH', 'TRUNCATED']) {
      expect(codes, code).toContain(code);
    }
    const refused = dinsos.register.deps.sqlite
      .prepare(`select count(*) from bundles_in where status = 'refused' and file_name = 'rusak.pksb'`)
      .pluck()
      .get();
    expect(refused).toBe(tried);
    expect(tried).toBeGreaterThanOrEqual(60);
    // The untouched file applies: the refusals above came from the changes, not from a broken bundle.
    expect((await importBundle(dinsos.register.deps, file ?? '')).status).toBe('applied');
    expect(digestOf(dinsos.register)).not.toBe(before);
  });

  it('refuses a bundle signed with a key Dinsos has revoked', async () => {
    await insertPerson(k1.register, { name: 'Sesudah PC Hilang' });
    unwrap(
      await dinsos.register.call(dinsos.users.admin.caller, 'trust.revoke', {
        officeId: officeIdOf(k1.register),
      }),
    );
    const [stolen] = written(await exportTo(k1.register, outDir()));
    reasons.set('REVOKED_SENDER', await expectRefused(dinsos.register, stolen ?? '', 'REVOKED_SENDER'));
  });

  it('gives each refusal its own message', () => {
    expect(reasons.size).toBe(4);
    expect(new Set(reasons.values()).size).toBe(4);
  });
});
