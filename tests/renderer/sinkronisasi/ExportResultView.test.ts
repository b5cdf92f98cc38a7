// What "Ekspor sekarang" shows: the files a bundle carries and a warning naming the files that wait for the next bundle.
import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ExportResultView } from '../../../renderer/src/sinkronisasi/ExportResultView.tsx';
import { renderStatic } from '../../support/render-static.ts';
import type { ExportedFile, ExportNowResult } from '../../../shared/types/sync.ts';

// The view only renders; the download module and the language module read the browser's storage when loaded.
vi.mock('../../../renderer/src/sinkronisasi/download-bundle.ts', () => ({ downloadBundle: vi.fn() }));
vi.mock('../../../renderer/src/i18n/index.ts', () => ({ currentLanguage: () => 'id' }));

const file = (over: Partial<ExportedFile>): ExportedFile => ({
  fileName: 'kec-ke-dinsos-000007.pksb',
  recipientOfficeId: '0190a000-0000-7000-8000-000000000001',
  recipientName: 'Dinas Sosial Kabupaten Cilacap',
  sequence: 7,
  records: 12,
  bytes: 2_500_000,
  attachments: 0,
  attachmentsWaiting: { count: 0, bytes: 0 },
  ...over,
});

const render = (result: ExportNowResult): string => renderStatic(createElement(ExportResultView, { result }));

describe('ExportResultView', () => {
  it('names the files a bundle carries and the ones that wait, with their size and recipient', () => {
    const html = render({
      files: [file({ attachments: 3, attachmentsWaiting: { count: 4, bytes: 9_437_184 } })],
      nothingFor: [],
    });
    expect(html).toContain('3 berkas lampiran ikut dalam paket ini');
    expect(html).toContain('data-testid="export-files-waiting"');
    expect(html).toMatch(
      /4 berkas lampiran \([^)]*9[^)]*MB\) untuk Dinas Sosial Kabupaten Cilacap menunggu paket berikutnya/,
    );
  });

  it('says nothing of files when a bundle carries none and none wait', () => {
    const html = render({ files: [file({})], nothingFor: [] });
    expect(html).toContain('data-testid="export-result"');
    expect(html).not.toContain('berkas lampiran');
    expect(html).not.toContain('export-files-waiting');
  });

  it('nothing to send: the grey notice, no list', () => {
    const html = render({ files: [], nothingFor: ['Dinas Sosial Kabupaten Cilacap'] });
    expect(html).toContain('data-testid="export-nothing"');
    expect(html).toContain('Tidak ada yang perlu dikirim');
  });
});
