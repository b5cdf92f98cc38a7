// SVG text of a chart: one element per shape, escaped labels, the box size in width/height/viewBox.
import { describe, expect, it } from 'vitest';
import { layoutChart } from '../../../shared/charts/geometry.ts';
import { chartToSvg } from '../../../shared/charts/svg.ts';

describe('chartToSvg', () => {
  it('writes one element per shape with escaped text', () => {
    const g = layoutChart(
      {
        id: 'x',
        kind: 'bar',
        title: 'Uji',
        categories: ['A & B', '<C>'],
        series: [{ key: 's', label: 'S', values: [3, 1] }],
      },
      { width: 240, height: 120 },
    );
    const svg = chartToSvg(g);
    expect(
      svg.startsWith(
        '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120" viewBox="0 0 240 120">',
      ),
    ).toBe(true);
    expect(svg.match(/<rect /g)).toHaveLength(g.shapes.filter((s) => s.type === 'rect').length);
    expect(svg.match(/<text /g)).toHaveLength(g.shapes.filter((s) => s.type === 'text').length);
    expect(svg).toContain('>A &amp; B<');
    expect(svg).toContain('>&lt;C&gt;<');
    expect(svg).not.toContain('<C>');
    expect(svg).toContain('font-family="Roboto"');
  });
});
