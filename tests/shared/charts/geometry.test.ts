// Chart geometry: bar heights and widths proportional to values, stacking, lines, legend, empty charts, axis ticks.
import { describe, expect, it } from 'vitest';
import { layoutChart, NO_DATA_TEXT } from '../../../shared/charts/geometry.ts';
import type { ChartShape, ChartSpec } from '../../../shared/charts/types.ts';

type Rect = Extract<ChartShape, { type: 'rect' }>;
const bars = (shapes: ChartShape[]): Rect[] =>
  shapes.filter((s): s is Rect => s.type === 'rect' && s.series >= 0);
const texts = (shapes: ChartShape[]): string[] => shapes.flatMap((s) => (s.type === 'text' ? [s.text] : []));

const spec = (over: Partial<ChartSpec>): ChartSpec => ({
  id: 'x',
  kind: 'bar',
  title: 'Uji',
  categories: ['A', 'B', 'C'],
  series: [{ key: 's', label: 'Seri', values: [4, 2, 0] }],
  ...over,
});

describe('layoutChart', () => {
  it('draws vertical bars whose heights are proportional to the values, none for zero', () => {
    const g = layoutChart(spec({}), { width: 300, height: 150 });
    const b = bars(g.shapes);
    expect(b.map((r) => r.value)).toEqual([4, 2]);
    expect(b[0]!.height / b[1]!.height).toBeCloseTo(2, 5);
    expect(b[0]!.y + b[0]!.height).toBeCloseTo(b[1]!.y + b[1]!.height, 5); // same baseline
    expect(g.max).toBeGreaterThanOrEqual(4);
    expect(g.ticks[0]).toBe(0);
    expect(g.ticks.at(-1)).toBe(g.max);
    expect(texts(g.shapes)).toEqual(expect.arrayContaining(['A', 'B', 'C', '4', '2']));
    expect(g.legend).toHaveLength(1);
    expect(texts(g.shapes)).not.toContain('Seri'); // a single series needs no legend
  });

  it('draws horizontal bars whose widths are proportional, grouped per series, with a legend', () => {
    const g = layoutChart(
      spec({
        horizontal: true,
        series: [
          { key: 'a', label: 'Diterima', values: [6, 3, 0] },
          { key: 'b', label: 'Ditutup', values: [3, 3, 1] },
        ],
      }),
      { width: 400, height: 160 },
    );
    const b = bars(g.shapes);
    const w = (series: number, category: number) =>
      b.find((r) => r.series === series && r.category === category)!.width;
    expect(w(0, 0) / w(1, 0)).toBeCloseTo(2, 5);
    expect(w(0, 1)).toBeCloseTo(w(1, 1), 5);
    expect(b.filter((r) => r.category === 2).map((r) => r.series)).toEqual([1]);
    expect(texts(g.shapes)).toEqual(expect.arrayContaining(['Diterima', 'Ditutup']));
  });

  it('stacks the series of a stacked bar and labels the total', () => {
    const g = layoutChart(
      spec({
        kind: 'stacked-bar',
        horizontal: true,
        categories: ['Desa Satu'],
        series: [
          { key: 'L', label: 'Laki-laki', values: [8] },
          { key: 'P', label: 'Perempuan', values: [9] },
        ],
      }),
      { width: 400, height: 80 },
    );
    const [l, p] = bars(g.shapes);
    expect(p!.x).toBeCloseTo(l!.x + l!.width, 5);
    expect(p!.width / l!.width).toBeCloseTo(9 / 8, 5);
    expect(texts(g.shapes)).toContain('17');
    expect(g.max).toBeGreaterThanOrEqual(17);
  });

  it('draws a line through one point per category', () => {
    const g = layoutChart(
      spec({
        kind: 'line',
        categories: ['Jan', 'Feb', 'Mar', 'Apr'],
        series: [{ key: 'k', label: 'Kasus', values: [1, 5, 3, 0] }],
      }),
      {
        width: 300,
        height: 150,
      },
    );
    const line = g.shapes.find((s) => s.type === 'polyline');
    expect(line?.type === 'polyline' && line.points).toHaveLength(4);
    const circles = g.shapes.filter((s) => s.type === 'circle');
    expect(circles).toHaveLength(4);
    const ys = circles.map((c) => (c.type === 'circle' ? c.cy : 0));
    expect(ys[1]).toBeLessThan(ys[2]!); // 5 is higher than 3
    expect(ys[3]).toBeGreaterThan(ys[0]!); // 0 is lowest
  });

  it('keeps every shape inside its box', () => {
    const g = layoutChart(
      spec({ horizontal: true, categories: ['Nama desa yang sangat panjang sekali', 'B', 'C'] }),
      { width: 200, height: 100 },
    );
    for (const s of g.shapes) {
      if (s.type === 'rect') {
        expect(s.x).toBeGreaterThanOrEqual(0);
        expect(s.x + s.width).toBeLessThanOrEqual(200);
        expect(s.y + s.height).toBeLessThanOrEqual(100);
      }
    }
    expect(texts(g.shapes).some((t) => t.endsWith('…'))).toBe(true);
  });

  it('says "Tidak ada data" when there is nothing to draw', () => {
    for (const s of [
      spec({ series: [{ key: 's', label: 'S', values: [0, 0, 0] }] }),
      spec({ categories: [], series: [] }),
    ]) {
      const g = layoutChart(s, { width: 200, height: 100 });
      expect(bars(g.shapes)).toHaveLength(0);
      expect(texts(g.shapes)).toEqual([NO_DATA_TEXT]);
    }
  });
});
