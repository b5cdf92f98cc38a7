// One table of the report layout (shared/report-layout) on screen, with its charts beside it (or below, for a wide table).
import { Box, Grid, Stack, Table, Text, Title } from '@mantine/core';
import { formatCell, type ReportTable } from '../../../shared/report-layout/index.ts';
import { ChartFigure } from '../ui/ChartFigure.tsx';

const numeric = (kind: string): boolean => kind === 'int' || kind === 'decimal';

function TableBody({ table, zone }: { table: ReportTable; zone: string }) {
  return (
    <Box style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={table.title}>
      <Table striped withTableBorder withColumnBorders fz="xs" data-table-id={table.id}>
        <Table.Thead>
          <Table.Tr>
            {table.columns.map((c) => (
              <Table.Th key={c.key} ta={numeric(c.kind) ? 'right' : undefined}>
                {c.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row, i) => (
            <Table.Tr key={i}>
              {table.columns.map((c, j) => (
                <Table.Td
                  key={c.key}
                  ta={numeric(c.kind) ? 'right' : undefined}
                  ff={c.kind === 'nik' ? 'monospace' : undefined}
                >
                  {formatCell(c.kind, row[j] ?? null, zone)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {table.totals && (
          <Table.Tfoot>
            <Table.Tr fw={700} data-totals>
              {table.columns.map((c, j) => (
                <Table.Td key={c.key} ta={numeric(c.kind) ? 'right' : undefined}>
                  {formatCell(c.kind, table.totals?.[j] ?? null, zone)}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Box>
  );
}

export function ReportTableView({ table, zone }: { table: ReportTable; zone: string }) {
  const charts = table.charts.map((spec) => (
    <ChartFigure key={spec.id} spec={spec} width={420} testId={`report-chart-${spec.id}`} />
  ));
  const beside = table.charts.length > 0 && !table.wide;
  return (
    <Stack gap={4} component="section" aria-label={table.title} data-testid={`report-table-${table.id}`}>
      <Title order={4}>{table.title}</Title>
      {table.note && (
        <Text size="xs" c="dimmed">
          {table.note}
        </Text>
      )}
      {beside ? (
        <Grid>
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <TableBody table={table} zone={zone} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="sm">{charts}</Stack>
          </Grid.Col>
        </Grid>
      ) : (
        <>
          <TableBody table={table} zone={zone} />
          {charts.length > 0 && (
            <Grid>
              {charts.map((c, i) => (
                <Grid.Col key={i} span={{ base: 12, lg: 6 }}>
                  {c}
                </Grid.Col>
              ))}
            </Grid>
          )}
        </>
      )}
    </Stack>
  );
}
