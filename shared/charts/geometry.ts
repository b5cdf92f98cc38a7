// Chart geometry: turns a bar, stacked-bar or line ChartSpec into positioned shapes (no DOM, no SVG strings).
import { AXIS_COLOR, GRID_COLOR, INK, seriesColor } from './palette.ts';
import { fitLabel, formatValue, niceTicks, textWidth } from './scale.ts';
import type { ChartGeometry, ChartShape, ChartSize, ChartSpec, LegendEntry } from './types.ts';

const PAD = 4;
export const NO_DATA_TEXT = 'Tidak ada data';

interface Frame {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function valueMax(spec: ChartSpec): number {
  const n = spec.categories.length;
  if (spec.kind === 'stacked-bar') {
    let max = 0;
    for (let i = 0; i < n; i++)
      max = Math.max(
        max,
        spec.series.reduce((s, se) => s + (se.values[i] ?? 0), 0),
      );
    return max;
  }
  return Math.max(0, ...spec.series.flatMap((s) => s.values.slice(0, n)));
}

/** Legend rows at the bottom (only with more than one series); returns the shapes and the height used. */
function legendShapes(spec: ChartSpec, size: Required<ChartSize>): { shapes: ChartShape[]; height: number } {
  if (spec.series.length < 2) return { shapes: [], height: 0 };
  const fs = size.fontSize;
  const shapes: ChartShape[] = [];
  const rowH = fs + 6;
  const entries = spec.series.map((s, i) => ({ label: s.label, color: seriesColor(i) }));
  const rows: (typeof entries)[] = [[]];
  let used = 0;
  for (const e of entries) {
    const w = fs + 4 + textWidth(e.label, fs) + 10;
    if (used + w > size.width - 2 * PAD && (rows.at(-1)?.length ?? 0) > 0) {
      rows.push([]);
      used = 0;
    }
    rows.at(-1)?.push(e);
    used += w;
  }
  const height = rows.length * rowH + 2;
  rows.forEach((row, r) => {
    let x = PAD;
    const y = size.height - height + r * rowH + 2;
    for (const e of row) {
      shapes.push({
        type: 'rect',
        x,
        y,
        width: fs,
        height: fs,
        fill: e.color,
        series: -1,
        category: -1,
        value: 0,
      });
      shapes.push({
        type: 'text',
        x: x + fs + 3,
        y: y + fs * 0.85,
        text: e.label,
        anchor: 'start',
        size: fs,
        fill: INK,
      });
      x += fs + 4 + textWidth(e.label, fs) + 10;
    }
  });
  return { shapes, height };
}

function verticalChart(
  spec: ChartSpec,
  size: Required<ChartSize>,
  ticks: number[],
  max: number,
  legendH: number,
): ChartShape[] {
  const fs = size.fontSize;
  const n = spec.categories.length;
  const tickW = Math.max(...ticks.map((t) => textWidth(formatValue(t), fs)));
  const f: Frame = {
    left: PAD + tickW + 6,
    top: PAD + fs + 2,
    right: size.width - PAD,
    bottom: size.height - legendH - fs - 8,
  };
  const plotH = Math.max(1, f.bottom - f.top);
  const y = (v: number): number => f.bottom - (v / max) * plotH;
  const band = (f.right - f.left) / n;
  const shapes: ChartShape[] = [];
  for (const t of ticks) {
    shapes.push({
      type: 'line',
      x1: f.left,
      y1: y(t),
      x2: f.right,
      y2: y(t),
      stroke: t === 0 ? AXIS_COLOR : GRID_COLOR,
      strokeWidth: t === 0 ? 0.8 : 0.5,
    });
    shapes.push({
      type: 'text',
      x: f.left - 4,
      y: y(t) + fs * 0.35,
      text: formatValue(t),
      anchor: 'end',
      size: fs,
      fill: INK,
    });
  }
  spec.categories.forEach((label, i) => {
    shapes.push({
      type: 'text',
      x: f.left + band * (i + 0.5),
      y: f.bottom + fs + 3,
      text: fitLabel(label, band - 2, fs),
      anchor: 'middle',
      size: fs,
      fill: INK,
    });
  });
  if (spec.kind === 'line') {
    spec.series.forEach((s, si) => {
      const points = spec.categories.map((_, i) => [f.left + band * (i + 0.5), y(s.values[i] ?? 0)] as const);
      shapes.push({ type: 'polyline', points, stroke: seriesColor(si), strokeWidth: 1.5, series: si });
      points.forEach(([cx, cy], i) =>
        shapes.push({
          type: 'circle',
          cx,
          cy,
          r: 2,
          fill: seriesColor(si),
          series: si,
          category: i,
          value: s.values[i] ?? 0,
        }),
      );
    });
    return shapes;
  }
  const group = band * 0.7;
  const stacked = spec.kind === 'stacked-bar';
  const barW = stacked ? group : group / Math.max(1, spec.series.length);
  for (let i = 0; i < n; i++) {
    const x0 = f.left + band * i + (band - group) / 2;
    let base = 0;
    spec.series.forEach((s, si) => {
      const v = s.values[i] ?? 0;
      const x = stacked ? x0 : x0 + barW * si;
      const from = stacked ? base : 0;
      if (v > 0)
        shapes.push({
          type: 'rect',
          x,
          y: y(from + v),
          width: barW,
          height: y(from) - y(from + v),
          fill: seriesColor(si),
          series: si,
          category: i,
          value: v,
        });
      if (!stacked && v > 0 && textWidth(formatValue(v), fs * 0.9) <= barW + 4) {
        shapes.push({
          type: 'text',
          x: x + barW / 2,
          y: y(v) - 2,
          text: formatValue(v),
          anchor: 'middle',
          size: fs * 0.9,
          fill: INK,
        });
      }
      base += v;
    });
    if (stacked && base > 0) {
      shapes.push({
        type: 'text',
        x: x0 + group / 2,
        y: y(base) - 2,
        text: formatValue(base),
        anchor: 'middle',
        size: fs * 0.9,
        fill: INK,
      });
    }
  }
  return shapes;
}

function horizontalChart(
  spec: ChartSpec,
  size: Required<ChartSize>,
  ticks: number[],
  max: number,
  legendH: number,
): ChartShape[] {
  const fs = size.fontSize;
  const n = spec.categories.length;
  const labelW = Math.min(size.width * 0.38, Math.max(...spec.categories.map((c) => textWidth(c, fs))));
  const valueW = textWidth(formatValue(max), fs) + 4;
  const f: Frame = {
    left: PAD + labelW + 6,
    top: PAD,
    right: size.width - PAD - valueW,
    bottom: size.height - legendH - fs - 8,
  };
  const plotW = Math.max(1, f.right - f.left);
  const x = (v: number): number => f.left + (v / max) * plotW;
  const band = (f.bottom - f.top) / n;
  const shapes: ChartShape[] = [];
  for (const t of ticks) {
    shapes.push({
      type: 'line',
      x1: x(t),
      y1: f.top,
      x2: x(t),
      y2: f.bottom,
      stroke: t === 0 ? AXIS_COLOR : GRID_COLOR,
      strokeWidth: t === 0 ? 0.8 : 0.5,
    });
    shapes.push({
      type: 'text',
      x: x(t),
      y: f.bottom + fs + 3,
      text: formatValue(t),
      anchor: 'middle',
      size: fs,
      fill: INK,
    });
  }
  const group = band * 0.7;
  const stacked = spec.kind === 'stacked-bar';
  const barH = stacked ? group : group / Math.max(1, spec.series.length);
  spec.categories.forEach((label, i) => {
    const y0 = f.top + band * i + (band - group) / 2;
    shapes.push({
      type: 'text',
      x: f.left - 4,
      y: f.top + band * (i + 0.5) + fs * 0.35,
      text: fitLabel(label, labelW, fs),
      anchor: 'end',
      size: fs,
      fill: INK,
    });
    let base = 0;
    spec.series.forEach((s, si) => {
      const v = s.values[i] ?? 0;
      const y = stacked ? y0 : y0 + barH * si;
      const from = stacked ? base : 0;
      if (v > 0)
        shapes.push({
          type: 'rect',
          x: x(from),
          y,
          width: x(from + v) - x(from),
          height: barH,
          fill: seriesColor(si),
          series: si,
          category: i,
          value: v,
        });
      if (!stacked && v > 0) {
        shapes.push({
          type: 'text',
          x: x(v) + 3,
          y: y + barH / 2 + fs * 0.3,
          text: formatValue(v),
          anchor: 'start',
          size: fs * 0.9,
          fill: INK,
        });
      }
      base += v;
    });
    if (stacked && base > 0) {
      shapes.push({
        type: 'text',
        x: x(base) + 3,
        y: y0 + group / 2 + fs * 0.3,
        text: formatValue(base),
        anchor: 'start',
        size: fs * 0.9,
        fill: INK,
      });
    }
  });
  return shapes;
}

/** Lays out a chart in a box of the given size; an empty chart says "Tidak ada data". */
export function layoutChart(spec: ChartSpec, box: ChartSize): ChartGeometry {
  const size: Required<ChartSize> = { fontSize: 8, ...box };
  const legend: LegendEntry[] = spec.series.map((s, i) => ({ label: s.label, color: seriesColor(i) }));
  const max = valueMax(spec);
  const integers = spec.series.every((s) => s.values.every((v) => Number.isInteger(v)));
  if (spec.categories.length === 0 || spec.series.length === 0 || max <= 0) {
    return {
      width: size.width,
      height: size.height,
      legend,
      max: 0,
      ticks: [],
      shapes: [
        {
          type: 'text',
          x: size.width / 2,
          y: size.height / 2,
          text: NO_DATA_TEXT,
          anchor: 'middle',
          size: size.fontSize,
          fill: INK,
        },
      ],
    };
  }
  const scale = niceTicks(max, 4, integers);
  const leg = legendShapes(spec, size);
  const body =
    spec.horizontal && spec.kind !== 'line'
      ? horizontalChart(spec, size, scale.ticks, scale.max, leg.height)
      : verticalChart(spec, size, scale.ticks, scale.max, leg.height);
  return {
    width: size.width,
    height: size.height,
    legend,
    max: scale.max,
    ticks: scale.ticks,
    shapes: [...body, ...leg.shapes],
  };
}
