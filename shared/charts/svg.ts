// Chart geometry as an SVG document string (for pdfmake's vector `svg` node, or any <img>-free embedding).
import type { ChartGeometry, ChartShape } from './types.ts';

const escapeXml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

const n = (v: number): string => String(Math.round(v * 100) / 100);

function shapeToSvg(s: ChartShape, font: string): string {
  switch (s.type) {
    case 'rect':
      return `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.width)}" height="${n(s.height)}" fill="${s.fill}"/>`;
    case 'line':
      return `<line x1="${n(s.x1)}" y1="${n(s.y1)}" x2="${n(s.x2)}" y2="${n(s.y2)}" stroke="${s.stroke}" stroke-width="${n(s.strokeWidth)}"/>`;
    case 'polyline':
      return `<polyline points="${s.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="none" stroke="${s.stroke}" stroke-width="${n(s.strokeWidth)}"/>`;
    case 'circle':
      return `<circle cx="${n(s.cx)}" cy="${n(s.cy)}" r="${n(s.r)}" fill="${s.fill}"/>`;
    case 'text':
      return (
        `<text x="${n(s.x)}" y="${n(s.y)}" text-anchor="${s.anchor}" font-family="${font}" font-size="${n(s.size)}"` +
        `${s.bold ? ' font-weight="bold"' : ''} fill="${s.fill}">${escapeXml(s.text)}</text>`
      );
  }
}

/** A standalone SVG document of the chart, sized in the geometry's units (points in a PDF, pixels on screen). */
export function chartToSvg(geometry: ChartGeometry, font = 'Roboto'): string {
  const body = geometry.shapes.map((s) => shapeToSvg(s, font)).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(geometry.width)}" height="${n(geometry.height)}" ` +
    `viewBox="0 0 ${n(geometry.width)} ${n(geometry.height)}">${body}</svg>`
  );
}
