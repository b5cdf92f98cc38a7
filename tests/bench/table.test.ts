// The benchmark's tables: one row per measure with figure, baseline, ratio, target and verdict, aligned or Markdown.
import { describe, expect, it } from 'vitest';
import { measure } from '../../bench/measure.ts';
import { markdownTable, textTable } from '../../bench/table.ts';

const rows = [
  measure({
    id: 'export-time',
    label: 'export | time',
    figure: { value: 300, unit: 'ms' },
    baseline: { value: 100, unit: 'ms' },
    baselineLabel: 'zstd + age',
    target: { on: 'ratio', op: '<=', value: 2 },
  }),
  measure({ id: 'p50', label: 'search p50', figure: { value: 4.25, unit: 'ms' } }),
];

describe('tables', () => {
  it('aligns the text table in columns, one line per measure under a header and a rule', () => {
    const lines = textTable(rows).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^measure\s+\| figure/);
    expect(lines[2]).toContain('300.0 ms | 100.0 ms (zstd + age) | 3.00× | ratio ≤ 2× | missed');
    const column = (lines[0] ?? '').indexOf(' | figure');
    expect(lines[2]?.indexOf(' | 300.0 ms')).toBe(column);
    expect(lines[3]?.indexOf(' | 4.3 ms')).toBe(column);
  });

  it('escapes pipes in the Markdown table and keeps every column', () => {
    const lines = markdownTable(rows).split('\n');
    expect(lines[0]).toBe('| measure | figure | baseline | ratio | target | verdict | note |');
    expect(lines[2]).toContain('export \\| time');
    expect(lines[3]).toBe('| search p50 | 4.3 ms | — | — | — | info |  |');
  });
});
