// Series colours for charts: distinguishable on screen and in print, and a neutral ink for axes and labels.

export const SERIES_COLORS = [
  '#2f6f9f',
  '#e0893a',
  '#5a9e5a',
  '#b5484b',
  '#7d6bb0',
  '#8c8c8c',
  '#c2a23a',
  '#4aa3a3',
] as const;

export const INK = '#333333';
export const GRID_COLOR = '#d5dbe0';
export const AXIS_COLOR = '#8a949c';

/** The colour of the n-th series (cycling through the palette). */
export const seriesColor = (index: number): string =>
  SERIES_COLORS[index % SERIES_COLORS.length] ?? SERIES_COLORS[0];
