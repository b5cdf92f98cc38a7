// The sync history names how many attachment files each bundle carried, out and in; none is shown as nothing.
import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { BundleHistory } from '../../../renderer/src/sinkronisasi/BundleHistory.tsx';
import { renderStatic } from '../../support/render-static.ts';
import { labelledZoneOfRegion } from '../../../shared/time/office-zone.ts';
import type { BundleInRow, BundleOutRow } from '../../../shared/types/sync.ts';

// The view only renders; the download module and the language module read the browser's storage when loaded.
vi.mock('../../../renderer/src/sinkronisasi/download-bundle.ts', () => ({ downloadBundle: vi.fn() }));
vi.mock('../../../renderer/src/i18n/index.ts', () => ({ currentLanguage: () => 'id' }));

const out = (id: string, attachments: number): BundleOutRow => ({
  id,
  fileName: `kec-ke-dinsos-${id}.pksb`,
  recipientOfficeId: 'd',
  recipientName: 'Dinas Sosial Kabupaten Cilacap',
  sequence: Number(id),
  createdAt: '2026-03-02T02:00:00.000Z',
  records: 12,
  attachments,
  bytes: 2_500_000,
  status: 'terkirim',
  acknowledged: true,
  available: false,
});

const got = (id: string, attachments: number): BundleInRow => ({
  id,
  fileName: `dinsos-ke-kec-${id}.pksb`,
  senderOfficeId: 'd',
  senderName: 'Dinas Sosial Kabupaten Cilacap',
  senderRegionCode: '33.01',
  sequence: Number(id),
  receivedAt: '2026-03-02T03:00:00.000Z',
  status: 'applied',
  reason: null,
  records: 4,
  applied: 4,
  conflicts: 0,
  quarantined: 0,
  attachments,
  counts: {},
  clockSkewMs: null,
  clockSkewMaxMs: null,
  skewFlagged: false,
});

const render = (bundlesOut: BundleOutRow[], bundlesIn: BundleInRow[]): string =>
  renderStatic(
    createElement(BundleHistory, {
      status: { bundlesOut, bundlesIn },
      zone: labelledZoneOfRegion('33.01'),
      mayDownload: false,
    }),
  );

const badges = (html: string): string[] =>
  [...html.matchAll(/data-testid="bundle-attachments"[^>]*>(?:<[^>]+>)*([^<]+)/g)].map((m) => m[1] ?? '');

describe('BundleHistory', () => {
  it('shows the files a bundle carried in both directions, and nothing for a bundle without any', () => {
    const html = render([out('7', 3), out('8', 0)], [got('5', 1_250), got('6', 0)]);
    expect(badges(html)).toEqual(['3 berkas lampiran', '1.250 berkas lampiran']);
  });
});
