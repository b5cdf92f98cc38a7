// OperationProgress: bar and phase text while running, the estimate, Batalkan, and the outcome or error once ended.
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { FinalEvent, ProgressEvent } from '../../../shared/api/operations.ts';
import { OperationProgress } from '../../../renderer/src/ui/OperationProgress.tsx';
import { renderStatic } from '../../support/render-static.ts';

const texts = {
  progressLabel: 'Kemajuan uji',
  starting: 'Memulai…',
  cancel: 'Batalkan',
  cancelling: 'Membatalkan…',
};
const step: ProgressEvent = { seq: 2, kind: 'progress', phase: 'impor', done: 1, total: 4, item: 'a.pksb' };
const cancelled: FinalEvent = {
  seq: 3,
  kind: 'final',
  state: 'cancelled',
  result: { total: 4, files: [], remaining: ['b.pksb'] },
};

type Op = Parameters<typeof OperationProgress>[0]['op'];
const op = (over: Partial<Op>): Op => ({
  running: false,
  progress: null,
  final: null,
  error: null,
  cancelRequested: false,
  cancellable: true,
  estimate: null,
  cancel: () => Promise.resolve(),
  ...over,
});

// Only the component's markup is compared (renderStatic drops MantineProvider's global styles).
const render = (o: Op, outcome = true): string =>
  renderStatic(
    createElement(OperationProgress, {
      op: o,
      texts,
      describe: (p) => `${p.done} dari ${p.total} paket`,
      describeItem: (item) => `Paket: ${item}`,
      outcome: outcome
        ? (f) => ({ color: 'yellow', text: `selesai: ${f.state}`, testId: 'hasil' })
        : undefined,
    }),
  );

describe('OperationProgress', () => {
  it('shows nothing before a start', () => {
    expect(render(op({}))).toBe('');
  });

  it('while running: the labelled bar at its percentage, the step, the item, the estimate and Batalkan', () => {
    const html = render(op({ running: true, progress: step, estimate: 90 }));
    expect(html).toContain('aria-label="Kemajuan uji"');
    expect(html).toContain('aria-valuenow="25"');
    expect(html).toContain('1 dari 4 paket');
    expect(html).toContain('Paket: a.pksb');
    expect(html).toContain('Perkiraan sisa waktu: 1 menit 30 detik');
    expect(html).toContain('>Batalkan<');
  });

  it('before the first step says it is starting; a requested cancel disables the button and drops the estimate', () => {
    expect(render(op({ running: true }))).toContain('Memulai…');
    const html = render(op({ running: true, progress: step, estimate: 5, cancelRequested: true }));
    expect(html).toContain('Membatalkan…');
    expect(html).toMatch(/<button[^>]*disabled/);
    expect(html).not.toContain('Perkiraan sisa waktu');
  });

  it('past the point of no return: Batalkan is disabled and the view says it can no longer be cancelled', () => {
    const html = render(op({ running: true, progress: step, cancellable: false }));
    expect(html).toContain('Tidak dapat dibatalkan lagi');
    expect(html).toMatch(/<button[^>]*disabled[^>]*>(?:(?!<\/button>).)*Batalkan/);
    const open = render(op({ running: true, progress: step }));
    expect(open).not.toContain('Tidak dapat dibatalkan lagi');
    expect(open).not.toMatch(/<button[^>]*disabled[^>]*>(?:(?!<\/button>).)*Batalkan/);
  });

  it('once ended: the outcome, or the error of a failed run; no bar', () => {
    const done = render(op({ progress: step, final: cancelled }));
    expect(done).toContain('selesai: cancelled');
    expect(done).toContain('data-testid="hasil"');
    expect(done).not.toContain('Kemajuan uji');
    const failed: FinalEvent = {
      seq: 3,
      kind: 'final',
      state: 'failed',
      error: { code: 'INTERNAL', message: 'Rusak.' },
    };
    expect(render(op({ final: failed }))).toContain('Rusak.');
    expect(render(op({ error: 'Ditolak.' }))).toContain('Ditolak.');
  });

  it('without an outcome the screen notifies: nothing stays after the end', () => {
    expect(render(op({ progress: step, final: cancelled }), false)).toBe('');
  });
});
