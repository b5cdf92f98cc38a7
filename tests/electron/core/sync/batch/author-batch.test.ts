// Author batches: the author's signature covers the head and, through its digest, every record; nothing else passes.
import { describe, expect, it } from 'vitest';
import {
  batchProblem,
  recordsDigest,
  sealBatch,
  type AuthorBatch,
} from '../../../../../electron/core/sync/batch/author-batch.ts';
import type { ChangeRecord } from '../../../../../electron/core/sync/bundle/change-record.ts';
import { DINSOS, KECAMATAN, OTHER } from '../../../../support/sync-keys.ts';

const STAMP = `1772416800000-0001-${KECAMATAN.officeId}`;
const records: ChangeRecord[] = [
  {
    table: 'persons',
    id: '0190aaaa-0000-7000-8000-000000000001',
    origin: KECAMATAN.officeId,
    deleted: false,
    clocks: { b: STAMP, f: {} },
    values: { name: 'Siti Aminah', phone: null, notes: 'Warga baru — Ñ' },
  },
  {
    table: 'cases',
    id: '0190aaaa-0000-7000-8000-000000000002',
    origin: KECAMATAN.officeId,
    deleted: true,
    clocks: { b: STAMP, f: { status: `1772416800001-0000-${DINSOS.officeId}` } },
    values: { status: 'SELESAI', priority: 2 },
  },
];

const seal = (over: Partial<Parameters<typeof sealBatch>[0]> = {}): AuthorBatch =>
  sealBatch({
    author: KECAMATAN.sender,
    audience: DINSOS.officeId,
    sequence: 4,
    createdAt: new Date('2026-03-02T02:00:00.000Z'),
    acks: [{ officeId: DINSOS.officeId, sequence: 2 }],
    records,
    ...over,
  });

describe('author batch', () => {
  it("verifies with the author's key, and with no other key", () => {
    const b = seal();
    expect(b.head.records).toBe(2);
    expect(b.head.recordsSha256).toBe(recordsDigest(records).sha256);
    expect(batchProblem(b, KECAMATAN.keys.sign.publicKey)).toBeNull();
    expect(batchProblem(b, OTHER.keys.sign.publicKey)).toBe('signature does not verify');
  });

  it('a relayer that alters, drops, adds or reorders a record is caught by the signed digest', () => {
    const b = seal();
    const key = KECAMATAN.keys.sign.publicKey;
    const [first, second] = records as [ChangeRecord, ChangeRecord];
    const altered = { ...first, values: { ...first.values, name: 'Diubah di jalan' } };
    expect(batchProblem({ ...b, records: [altered, second] }, key)).toBe(
      'records differ from the signed digest',
    );
    const restamped = { ...first, clocks: { b: `1772416800000-0001-${OTHER.officeId}`, f: {} } };
    expect(batchProblem({ ...b, records: [restamped, second] }, key)).toBe(
      'records differ from the signed digest',
    );
    expect(batchProblem({ ...b, records: [first] }, key)).toBe('records: 1, head says 2');
    expect(batchProblem({ ...b, records: [second, first] }, key)).toBe(
      'records differ from the signed digest',
    );
    expect(batchProblem({ ...b, records: [...records, first] }, key)).toBe('records: 3, head says 2');
  });

  it('a changed head (sequence, audience, acknowledgement) or a batch signed by another office fails', () => {
    const b = seal();
    const key = KECAMATAN.keys.sign.publicKey;
    expect(batchProblem({ ...b, head: { ...b.head, sequence: 5 } }, key)).toBe('signature does not verify');
    expect(batchProblem({ ...b, head: { ...b.head, audience: OTHER.officeId } }, key)).toBe(
      'signature does not verify',
    );
    expect(batchProblem({ ...b, head: { ...b.head, acks: [] } }, key)).toBe('signature does not verify');
    // Invented: the kecamatan's fingerprint and id in the head, signed with another office's key.
    const invented = seal({
      author: { ...OTHER.sender, officeId: KECAMATAN.officeId, fingerprint: KECAMATAN.fingerprint },
    });
    expect(batchProblem(invented, key)).toBe('signature does not verify');
  });

  it('refuses a malformed head or a signature that is not canonical base64url', () => {
    const b = seal();
    const key = KECAMATAN.keys.sign.publicKey;
    expect(batchProblem({ ...b, signature: `${b.signature}=` }, key)).toBe(
      'signature is not canonical base64url',
    );
    const bad = { ...b, head: { ...b.head, recordsSha256: 'xyz' } };
    expect(batchProblem(bad, key)).toMatch(/^batch head: recordsSha256/);
  });

  it('the same input seals to the same bytes (Ed25519 is deterministic): the head is canonical', () => {
    expect(seal().signature).toBe(seal().signature);
    expect(seal({ sequence: 5 }).signature).not.toBe(seal().signature);
  });
});
