// Renders the measures as an aligned text table (stdout) and as a Markdown table (docs/performance.md).
import type { Measure } from './measure.ts';
import { formatQuantity, formatRatio, formatTarget } from './stats.ts';

const HEAD = ['measure', 'figure', 'baseline', 'ratio', 'target', 'verdict', 'note'] as const;

export function cells(m: Measure): string[] {
  const baseline = m.baseline
    ? `${formatQuantity(m.baseline)}${m.baselineLabel ? ` (${m.baselineLabel})` : ''}`
    : (m.baselineLabel ?? '—');
  return [
    m.label,
    formatQuantity(m.figure),
    baseline,
    formatRatio(m.ratio),
    formatTarget(m.target),
    m.verdict,
    m.note,
  ];
}

export function textTable(measures: readonly Measure[]): string {
  const rows = [HEAD.slice() as string[], ...measures.map(cells)];
  const widths = HEAD.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]): string =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join(' | ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  return [line(rows[0] ?? []), rule, ...rows.slice(1).map(line)].join('\n');
}

const md = (s: string): string => s.replaceAll('|', '\\|');

export function markdownTable(measures: readonly Measure[]): string {
  return [
    `| ${HEAD.join(' | ')} |`,
    `|${HEAD.map(() => '---').join('|')}|`,
    ...measures.map((m) => `| ${cells(m).map(md).join(' | ')} |`),
  ].join('\n');
}
