// The committed format-3 vector (a kecamatan forwarding its desa's enrollment request) decodes; the request is the desa's own.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  expectVectorFraming,
  expectVectorVerifies,
  loadVector,
  vectorKeys,
  type VectorHeader,
} from '../../../../support/bundle-vector.ts';
import type { ChangeRecord } from '../../../../../electron/core/sync/bundle/change-record.ts';
import { parseHeader } from '../../../../../electron/core/sync/bundle/header.ts';
import { canonicalJson } from '../../../../../electron/core/sync/canonical-json.ts';
import { parseEnrollmentRequest } from '../../../../../electron/core/sync/trust/enrollment.ts';
import { TrustError } from '../../../../../electron/core/sync/trust/errors.ts';

const NAME = 'v3-kecamatan-forwards-request';
const { path, expected, from, open } = loadVector<{
  from: string;
  to: string;
  header: VectorHeader;
  preamble: { enrollmentRequests: string[] };
  records: ChangeRecord[];
}>(NAME);

describe(`bundle test vector ${NAME}`, () => {
  it('is format 3 with minimum reader 3, in the unchanged framing', () => {
    expectVectorFraming(path, expected.header, 3);
    expect([expected.header.formatVersion, expected.header.minReaderVersion]).toEqual([3, 3]);
  });

  it('header, signature and digest check out with the committed sender key', async () => {
    await expectVectorVerifies(path, expected.header, from.signPublicKey);
  });

  it('decodes to the committed preamble (the request text) and records', async () => {
    const opened = await open();
    const records = [];
    for await (const r of opened.records) records.push(r);
    expect({ preamble: opened.preamble, records }).toEqual({
      preamble: expected.preamble,
      records: expected.records,
    });
  });

  it("the request is the desa's: its own signature verifies, it names the kecamatan as its route; altered, it fails", () => {
    const [text] = expected.preamble.enrollmentRequests;
    const r = parseEnrollmentRequest(text ?? '');
    expect([r.office.officeId, r.office.type, r.office.fingerprint]).toEqual([
      vectorKeys.other?.officeId,
      'desa',
      vectorKeys.other?.fingerprint,
    ]);
    expect(r.upstream).toEqual({ officeId: from.officeId, fingerprint: from.fingerprint });
    expect([r.formatVersion, r.minReaderVersion]).toEqual([2, 1]);
    const altered = (text ?? '').replace('Puskesos Desa Kedungreja', 'Puskesos Desa Lain');
    expect(altered).not.toBe(text);
    expect(() => parseEnrollmentRequest(altered)).toThrow(TrustError);
  });

  it('a reader of format 2 (minReaderVersion 2) would refuse it as NEWER_FORMAT, not drop the requests', () => {
    // Today's reader is 3; the header asks for 3: a format-2 reader stops at its own check, as for any newer format.
    const bytes = readFileSync(path);
    const n = bytes.readUInt32BE(5);
    const header = JSON.parse(bytes.subarray(9, 9 + n).toString('utf8')) as Record<string, unknown>;
    const needs4 = { ...header, formatVersion: 4, minReaderVersion: 4 };
    expect(() => parseHeader(Buffer.from(canonicalJson(needs4)), 4)).toThrow(/Perbarui aplikasi/);
    expect(header.minReaderVersion).toBeGreaterThan(2);
  });
});
