// The committed author-batch vector verifies with the committed key, and today's sealer reproduces it exactly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  batchProblem,
  sealBatch,
  type AuthorBatch,
} from '../../../../../electron/core/sync/batch/author-batch.ts';
import { BATCH_VECTOR } from '../../../../fixtures/bundle-vectors/inputs.ts';

const DIR = join(import.meta.dirname, '../../../../fixtures/bundle-vectors');
const read = (name: string): string => readFileSync(join(DIR, name), 'utf8');
const keys = JSON.parse(read('keys.json')) as Record<string, { officeId: string; signPublicKey: string }>;

describe('author batch vector', () => {
  const vector = JSON.parse(read('batch/v1-kecamatan-batch.json')) as AuthorBatch;

  it("verifies with the kecamatan's committed key and with no other", () => {
    expect(vector.head.author.officeId).toBe(keys.kecamatan?.officeId);
    expect(batchProblem(vector, keys.kecamatan?.signPublicKey ?? '')).toBeNull();
    expect(batchProblem(vector, keys.other?.signPublicKey ?? '')).toBe('signature does not verify');
  });

  it('Ed25519 is deterministic: the sealer reproduces head and signature byte for byte', () => {
    expect(`${JSON.stringify(sealBatch(BATCH_VECTOR), null, 2)}\n`).toBe(
      read('batch/v1-kecamatan-batch.json'),
    );
  });
});
