// The full-scale table replaces only the block between the markers in docs/performance.md; the prose stays.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measure } from '../../bench/measure.ts';
import { TABLE_END, TABLE_START, updatePerformanceDoc, type RunResult } from '../../bench/results.ts';

const run: RunResult = {
  date: '2026-11-22T22:00:00.000Z',
  scale: 'full',
  seed: 'bench-1',
  dataset: { key: 'k', offices: 24, personsPerOffice: 40_000, reused: true, builtInSeconds: 0 },
  machine: { cpu: 'Test CPU', cores: 2, ramGiB: 8, disk: '/dev/x 10G ext4', os: 'Debian', node: 'v24.9.0' },
  measures: [measure({ id: 'search-p95', label: 'search p95', figure: { value: 12, unit: 'ms' } })],
  details: {},
  durationSeconds: 1200,
};

describe('updatePerformanceDoc', () => {
  it('rewrites the table between the markers and keeps the text around it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bench-doc-')), 'performance.md');
    writeFileSync(file, `# Title\n\nbefore\n\n${TABLE_START}\nold table\n${TABLE_END}\n\nafter: causes\n`);
    expect(updatePerformanceDoc(file, run)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('old table');
    expect(text).toMatch(/^# Title\n\nbefore\n\n<!-- bench:table:start -->/);
    expect(text).toContain('| search p95 | 12.0 ms |');
    expect(text).toContain('Machine: Test CPU, 2 cores; 8 GiB RAM');
    expect(text).toContain('24 kecamatan × 40,000 residents');
    expect(text.endsWith(`${TABLE_END}\n\nafter: causes\n`)).toBe(true);
  });

  it('leaves a page without markers untouched', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bench-doc-')), 'performance.md');
    writeFileSync(file, '# no markers\n');
    expect(updatePerformanceDoc(file, run)).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('# no markers\n');
  });
});
