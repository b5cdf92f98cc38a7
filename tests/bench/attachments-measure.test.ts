// The attachment rows' verdicts: a file missing at Dinsos or a bundle over the budget fails the first-sync row.
import { describe, expect, it } from 'vitest';
import { attachmentsMeasures, type AttachmentsResult } from '../../bench/attachments-measure.ts';

const MIB = 1024 * 1024;
const ok: AttachmentsResult = {
  files: 300,
  storeBytes: 30 * MIB,
  budgetBytes: 10 * MIB,
  firstBundles: 4,
  largestFilesBytes: 9 * MIB,
  missingAtDinsos: 0,
  dayBytes: 5 * MIB,
  dayBundleBytes: 5 * MIB,
  exportMs: 800,
  rawMs: 500,
  importMs: 1_000,
  importMaxRss: 250 * MIB,
  importRssBefore: 150 * MIB,
};
const verdicts = (r: AttachmentsResult | { error: string }) =>
  Object.fromEntries(attachmentsMeasures(r, 'small').map((m) => [m.id, m.verdict]));

describe('attachmentsMeasures', () => {
  it('meets the three targets: export ≥ 0.5× the raw baseline, RSS < 300 MiB, nothing missing', () => {
    expect(verdicts(ok)).toEqual({
      'attachments-export': 'met',
      'attachments-import-rss': 'met',
      'attachments-first-sync': 'met',
    });
    expect(attachmentsMeasures(ok, 'small')[0]?.ratio).toBeCloseTo(500 / 800);
  });

  it('misses on a slow export, a high RSS, a file missing, or a bundle over the budget', () => {
    expect(verdicts({ ...ok, exportMs: 1_200, importMaxRss: 300 * MIB })).toMatchObject({
      'attachments-export': 'missed',
      'attachments-import-rss': 'missed',
    });
    expect(verdicts({ ...ok, missingAtDinsos: 2 })['attachments-first-sync']).toBe('missed');
    expect(verdicts({ ...ok, largestFilesBytes: 11 * MIB })['attachments-first-sync']).toBe('missed');
  });

  it('a failed run gives three rows not measured, with the reason', () => {
    const rows = attachmentsMeasures({ error: 'no bundle' }, 'small');
    expect(rows.map((m) => [m.verdict, m.note])).toEqual([
      ['not measured', 'no bundle'],
      ['not measured', 'no bundle'],
      ['not measured', 'no bundle'],
    ]);
  });
});
