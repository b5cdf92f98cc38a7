// A chart from shared/charts geometry as inline SVG: titled, each bar a keyboard-focusable link with its value, and a table alternative.
import { Anchor, Box, Card, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { layoutChart, type ChartShape, type ChartSpec } from '../../../shared/charts/index.ts';
import { formatNumber } from '../format.ts';

export interface ChartFigureProps {
  spec: ChartSpec;
  /** Geometry units; the SVG scales to the card's width. */
  width?: number;
  height?: number;
  /** Where a bar (series, category) leads: the list it counts. Null: not a link. */
  hrefFor?: ((series: number, category: number) => string | null) | undefined;
  /** Shown under the title (what is counted). */
  description?: string | undefined;
  testId?: string | undefined;
}

function Shape({ s, font }: { s: ChartShape; font: string }) {
  switch (s.type) {
    case 'rect':
      return (
        <rect x={s.x} y={s.y} width={Math.max(s.width, 0)} height={Math.max(s.height, 0)} fill={s.fill} />
      );
    case 'line':
      return <line x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} stroke={s.stroke} strokeWidth={s.strokeWidth} />;
    case 'polyline':
      return (
        <polyline
          points={s.points.map(([x, y]) => `${x},${y}`).join(' ')}
          fill="none"
          stroke={s.stroke}
          strokeWidth={s.strokeWidth}
        />
      );
    case 'circle':
      return <circle cx={s.cx} cy={s.cy} r={s.r} fill={s.fill} />;
    case 'text':
      return (
        <text
          x={s.x}
          y={s.y}
          textAnchor={s.anchor}
          fontSize={s.size}
          fontFamily={font}
          fontWeight={s.bold ? 700 : undefined}
          fill={s.fill}
          aria-hidden
        >
          {s.text}
        </text>
      );
  }
}

const isDatum = (s: ChartShape): s is Extract<ChartShape, { type: 'rect' | 'circle' }> =>
  (s.type === 'rect' || s.type === 'circle') && s.series >= 0 && s.category >= 0;

/** Horizontal bars get a height from their number of rows (a single bar is not drawn as a wall); others 260. */
export function chartHeight(spec: ChartSpec): number {
  if (!spec.horizontal) return 260;
  const legend = spec.series.length > 1 ? 36 : 0;
  return Math.min(420, Math.max(110, 44 + legend + spec.categories.length * 24));
}

export function ChartFigure({ spec, width = 520, height, hrefFor, description, testId }: ChartFigureProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const h = height ?? chartHeight(spec);
  const geometry = useMemo(() => layoutChart(spec, { width, height: h, fontSize: 10 }), [spec, width, h]);
  const empty = geometry.max <= 0;
  const font = 'var(--mantine-font-family)';
  const label = (series: number, category: number, value: number): string =>
    `${spec.categories[category] ?? ''}${spec.series.length > 1 ? ` · ${spec.series[series]?.label ?? ''}` : ''}: ${formatNumber(value)}`;

  return (
    <Card withBorder component="figure" m={0} data-testid={testId} data-chart-id={spec.id}>
      <Title order={5} id={titleId} component="figcaption">
        {spec.title}
      </Title>
      {description && (
        <Text size="xs" c="dimmed" mb={4}>
          {description}
        </Text>
      )}
      {empty ? (
        <Text size="sm" c="dimmed" py="lg" ta="center" data-empty-chart>
          {t('charts.noData')}
        </Text>
      ) : (
        <Box
          component="svg"
          viewBox={`0 0 ${geometry.width} ${geometry.height}`}
          width="100%"
          // Bars that are links make the chart a group of links (an image role would hide them).
          role={hrefFor ? 'group' : 'img'}
          aria-labelledby={titleId}
          style={{ display: 'block' }}
        >
          <title>{spec.title}</title>
          {geometry.shapes.map((s, i) => {
            if (!isDatum(s)) return <Shape key={i} s={s} font={font} />;
            const text = label(s.series, s.category, s.value);
            const href = hrefFor?.(s.series, s.category) ?? null;
            const body = (
              <>
                <title>{text}</title>
                <Shape s={s} font={font} />
              </>
            );
            return href ? (
              <a
                key={i}
                href={href}
                aria-label={text}
                data-series={s.series}
                data-category={s.category}
                data-value={s.value}
              >
                {body}
              </a>
            ) : (
              <g key={i} data-series={s.series} data-category={s.category} data-value={s.value}>
                {body}
              </g>
            );
          })}
        </Box>
      )}
      <ChartTable spec={spec} hrefFor={hrefFor} />
    </Card>
  );
}

/** The chart's numbers as a table for screen readers (visually hidden; the SVG bars carry the links). */
function ChartTable({ spec, hrefFor }: Pick<ChartFigureProps, 'spec' | 'hrefFor'>) {
  const { t } = useTranslation();
  return (
    <VisuallyHidden>
      <Table>
        <caption>{spec.title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('charts.category')}</th>
            {spec.series.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spec.categories.map((c, ci) => (
            <tr key={spec.categoryKeys?.[ci] ?? c}>
              <th scope="row">{c}</th>
              {spec.series.map((s, si) => {
                const href = hrefFor?.(si, ci) ?? null;
                const v = formatNumber(s.values[ci] ?? 0);
                return (
                  <td key={s.key}>
                    {href ? (
                      <Anchor href={href} tabIndex={-1}>
                        {v}
                      </Anchor>
                    ) : (
                      v
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </Table>
    </VisuallyHidden>
  );
}
