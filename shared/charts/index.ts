// Charts shared by the PDF renderer and the screen: specs, geometry (layoutChart), SVG text (chartToSvg), palette.
export type {
  ChartGeometry,
  ChartKind,
  ChartSeries,
  ChartShape,
  ChartSize,
  ChartSpec,
  LegendEntry,
  TextAnchor,
} from './types.ts';
export { layoutChart, NO_DATA_TEXT } from './geometry.ts';
export { chartToSvg } from './svg.ts';
export { niceTicks, fitLabel, formatValue, textWidth } from './scale.ts';
export { AXIS_COLOR, GRID_COLOR, INK, SERIES_COLORS, seriesColor } from './palette.ts';
