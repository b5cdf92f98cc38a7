// Chart specifications (what to draw) and chart geometry (shapes with coordinates), shared by the PDF's SVG and the screen.

export type ChartKind = 'bar' | 'stacked-bar' | 'line';

export interface ChartSeries {
  /** Stable key (an outcome code, 'L', 'received' …) for links and React keys. */
  key: string;
  /** Legend text in Bahasa Indonesia. */
  label: string;
  /** One value per category, in the order of `categories`. */
  values: readonly number[];
}

export interface ChartSpec {
  /** Stable id, unique within a report (e.g. 'kasus-per-desa'). */
  id: string;
  kind: ChartKind;
  title: string;
  /** Category labels (desa names, age groups, months …). */
  categories: readonly string[];
  /** Optional stable keys of the categories (desa codes …), same order as `categories`. */
  categoryKeys?: readonly string[];
  series: readonly ChartSeries[];
  /** Bars grow to the right with the labels on the left (long names). Ignored for lines. */
  horizontal?: boolean;
}

export interface ChartSize {
  width: number;
  height: number;
  /** Font size of labels; the title is not drawn (the container shows it). Default 8. */
  fontSize?: number;
}

export type TextAnchor = 'start' | 'middle' | 'end';

export type ChartShape =
  | {
      type: 'rect';
      x: number;
      y: number;
      width: number;
      height: number;
      fill: string;
      series: number;
      category: number;
      value: number;
    }
  | {
      type: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      stroke: string;
      strokeWidth: number;
    }
  | {
      type: 'polyline';
      points: readonly (readonly [number, number])[];
      stroke: string;
      strokeWidth: number;
      series: number;
    }
  | {
      type: 'circle';
      cx: number;
      cy: number;
      r: number;
      fill: string;
      series: number;
      category: number;
      value: number;
    }
  | {
      type: 'text';
      /** `y` is the text's baseline. */
      x: number;
      y: number;
      text: string;
      anchor: TextAnchor;
      size: number;
      fill: string;
      bold?: boolean;
    };

export interface LegendEntry {
  label: string;
  color: string;
}

export interface ChartGeometry {
  width: number;
  height: number;
  /** Drawing order: grid, bars/lines, labels, legend. */
  shapes: ChartShape[];
  legend: LegendEntry[];
  /** The value axis' upper bound and tick values (for tests and accessible tables). */
  max: number;
  ticks: number[];
}
