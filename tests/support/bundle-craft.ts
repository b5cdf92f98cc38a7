// Test helpers for bundles: sample change records, a full import-style read, and hand-crafted bundle files.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { zstdCompressSync } from 'node:zlib';
import { Encrypter } from 'age-encryption';
import { ageRecipientOf } from '../../electron/core/sync/bundle/age-keys.ts';
import type { ChangeRecord } from '../../electron/core/sync/bundle/change-record.ts';
import { BundleError } from '../../electron/core/sync/bundle/errors.ts';
import { encodePrelude } from '../../electron/core/sync/bundle/frame.ts';
import type { BundleHeader } from '../../electron/core/sync/bundle/header.ts';
import { openBundlePayload, readBundleHeader, verifyBundle } from '../../electron/core/sync/bundle/reader.ts';
import type { BundleRecipient, BundleSender } from '../../electron/core/sync/bundle/writer.ts';
import { signDetached } from '../../electron/core/sync/signing.ts';
import type { TestOffice } from './sync-keys.ts';

const stamp = (ms: number, counter: number, office: string): string =>
  `${String(1_750_000_000_000 + ms).padStart(13, '0')}-${counter.toString(16).padStart(4, '0')}-${office}`;

/** A person change with a base clock and, for odd ids, a later field clock; every fifth is a tombstone. */
export function sampleRecord(i: number, origin: string, extra: Record<string, string> = {}): ChangeRecord {
  return {
    table: i % 3 === 0 ? 'cases' : 'persons',
    id: `0190aaaa-0000-7000-8000-${i.toString(16).padStart(12, '0')}`,
    origin,
    deleted: i % 5 === 4,
    clocks: {
      b: stamp(i * 10, 0, origin),
      f: i % 2 === 1 ? { name: stamp(i * 10 + 5, 1, origin) } : {},
    },
    values: {
      name: `Warga ${i}`,
      nik: `33010${String(i).padStart(11, '0')}`,
      desil: i % 10,
      phone: null,
      ...extra,
    },
  };
}

export function* sampleRecords(n: number, origin: string): Generator<ChangeRecord> {
  for (let i = 0; i < n; i++) yield sampleRecord(i, origin);
}

/** What the importer will do: header, signature and digest, then decrypt and read every record. */
export async function importLike(path: string, sender: TestOffice, recipient: TestOffice) {
  await readBundleHeader(path);
  await verifyBundle(path, sender.keys.sign.publicKey);
  return readPayload(path, sender, recipient);
}

/** openBundlePayload alone, drained: it must refuse on its own (the file may change after verifyBundle). */
export async function readPayload(path: string, sender: TestOffice, recipient: TestOffice) {
  const opened = await openBundlePayload(path, recipient.keys.box.privateKey, {
    senderSignPublicKey: sender.keys.sign.publicKey,
    recipient: recipient.party,
  });
  const records: ChangeRecord[] = [];
  for await (const r of opened.records) records.push(r);
  return { header: opened.header, preamble: opened.preamble, records };
}

/** Runs `fn` and returns the BundleError it raised; fails the test if it succeeded or raised anything else. */
export async function bundleErrorOf(fn: () => Promise<unknown>): Promise<BundleError> {
  try {
    await fn();
  } catch (err) {
    if (err instanceof BundleError) return err;
    throw new Error(`expected a BundleError, got ${String(err)}`, { cause: err });
  }
  throw new Error('expected a BundleError, but the bundle was accepted');
}

export interface CraftOptions {
  out: string;
  sender: BundleSender;
  recipients: readonly BundleRecipient[];
  /** NDJSON lines without newlines (preamble included, trailer included or not). */
  lines: readonly string[];
  /** Header fields to override after the honest ones are computed. */
  header?: Partial<BundleHeader>;
}

/** Writes a correctly signed bundle around an arbitrary payload, to test the reader's payload checks. */
export async function craftBundle(o: CraftOptions): Promise<BundleHeader> {
  const plain = Buffer.from(o.lines.map((l) => `${l}\n`).join(''), 'utf8');
  const encrypter = new Encrypter();
  for (const r of o.recipients) encrypter.addRecipient(ageRecipientOf(r.boxPublicKey));
  const cipher = await encrypter.encrypt(new Uint8Array(zstdCompressSync(plain)));
  const header: BundleHeader = {
    formatVersion: 1,
    minReaderVersion: 1,
    schemaVersion: 2,
    sender: { officeId: o.sender.officeId, fingerprint: o.sender.fingerprint },
    recipients: o.recipients.map(({ officeId, fingerprint }) => ({ officeId, fingerprint })),
    sequence: 1,
    hlcRange: null,
    counts: {},
    createdAt: '2025-06-15T08:00:00.000Z',
    payloadLength: cipher.length,
    payloadSha256: createHash('sha256').update(cipher).digest('hex'),
    ...o.header,
  };
  const prelude = encodePrelude(header);
  const signature = signDetached(prelude, o.sender.signPublicKey, o.sender.signPrivateKey);
  writeFileSync(o.out, Buffer.concat([prelude, signature, cipher]));
  return header;
}

/** The preamble line a honest writer would put first. */
export const preambleLine = (sender: TestOffice, recipients: readonly TestOffice[], sequence = 1): string =>
  JSON.stringify({
    type: 'preamble',
    sender: sender.party,
    recipients: recipients.map((r) => r.party),
    sequence,
    acks: [],
  });

export const changeLine = (r: ChangeRecord): string => JSON.stringify({ type: 'change', ...r });
