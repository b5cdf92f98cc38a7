// A health-board figure opens its list for one office: only that office's bundles and rows; without one, all.
import { describe, expect, it } from 'vitest';
import { bundlesOf, rowsOf } from '../../../renderer/src/sinkronisasi/office-filter.ts';
import type { BundleInRow, BundleOutRow } from '../../../shared/types/sync.ts';

const bIn = (id: string, sender: string | null) => ({ id, senderOfficeId: sender }) as BundleInRow;
const bOut = (id: string, recipient: string) => ({ id, recipientOfficeId: recipient }) as BundleOutRow;
const status = {
  bundlesIn: [bIn('i1', 'kec-a'), bIn('i2', 'kec-b'), bIn('i3', null), bIn('i4', 'kec-a')],
  bundlesOut: [bOut('o1', 'kec-b'), bOut('o2', 'kec-a')],
};

describe('office filter', () => {
  it('keeps the bundles from and to the office picked on the board', () => {
    const a = bundlesOf(status, { id: 'kec-a', name: 'Kecamatan A' });
    expect(a.bundlesIn.map((b) => b.id)).toEqual(['i1', 'i4']);
    expect(a.bundlesOut.map((b) => b.id)).toEqual(['o2']);
    expect(bundlesOf(status, { id: 'kec-c', name: 'C' })).toEqual({ bundlesIn: [], bundlesOut: [] });
  });

  it('without an office, every bundle and row', () => {
    expect(bundlesOf(status, null)).toEqual(status);
    const rows = [{ officeId: 'kec-a' }, { officeId: 'kec-b' }];
    expect(rowsOf(rows, null)).toEqual(rows);
    expect(rowsOf(rows, { id: 'kec-b', name: 'B' })).toEqual([{ officeId: 'kec-b' }]);
  });
});
