// A table's charts as pdfmake vector `svg` nodes (never raster images), side by side when there are two.
import type { Content } from 'pdfmake';
import { chartToSvg, layoutChart } from '../../../../shared/charts/index.ts';
import type { ChartSpec } from '../../../../shared/charts/types.ts';

const GAP = 14;

/** Height that gives each bar of a horizontal chart room for its label. */
function chartHeight(spec: ChartSpec): number {
  const legend = spec.series.length > 1 ? 16 : 0;
  if (!spec.horizontal) return 150 + legend;
  const bars = spec.categories.length * (spec.kind === 'stacked-bar' ? 1 : Math.max(1, spec.series.length));
  return Math.min(320, Math.max(70, spec.categories.length * 10 + bars * 7 + 28 + legend));
}

function chartNode(spec: ChartSpec, width: number): Content {
  const height = chartHeight(spec);
  const geometry = layoutChart(spec, { width, height, fontSize: 7.5 });
  return {
    stack: [
      { text: spec.title, fontSize: 8.5, bold: true, margin: [0, 0, 0, 3] },
      { svg: chartToSvg(geometry), width, height },
    ],
    unbreakable: true,
  };
}

/** The charts of one table in rows of two across `width`; nothing when the table has none. */
export function chartsBlock(charts: readonly ChartSpec[], width: number): Content[] {
  const out: Content[] = [];
  for (let i = 0; i < charts.length; i += 2) {
    const pair = charts.slice(i, i + 2);
    if (pair.length === 1 && pair[0]) {
      out.push({ ...(chartNode(pair[0], Math.min(width, 440)) as object), margin: [0, 4, 0, 8] } as Content);
      continue;
    }
    const w = (width - GAP) / 2;
    // The pair moves to the next page together: columns alone would split across pages.
    out.push({
      stack: [{ columns: pair.map((c) => ({ width: w, stack: [chartNode(c, w)] })), columnGap: GAP }],
      unbreakable: true,
      margin: [0, 4, 0, 8],
    });
  }
  return out;
}
