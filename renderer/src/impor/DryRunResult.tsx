// Impor data, step 2: the whole-file dry run: counts per class, rows needing attention with their reasons, the error workbook.
import {
  Alert,
  Button,
  Group,
  Pagination,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportDryRunSummary, RowClass } from '../../../shared/types/imports.ts';
import { useApp } from '../app/app-context.tsx';
import { formatDateTime, formatNumber, zoneOfRegion } from '../format.ts';
import { problemPage } from './mapping-edit.ts';

const COUNT_ORDER = ['new', 'match', 'probable', 'duplicate', 'warning', 'error'] as const;
const COLOR: Record<(typeof COUNT_ORDER)[number], string> = {
  new: 'teal',
  match: 'blue',
  probable: 'cyan',
  duplicate: 'gray',
  warning: 'orange',
  error: 'red',
};

interface Props {
  summary: ImportDryRunSummary;
  downloading: boolean;
  onDownload(): void;
  /** Leaves one row out of the import (the file is tested again). */
  onExclude(line: number): void;
}

export function DryRunResult({ summary, downloading, onDownload, onExclude }: Props) {
  const { t } = useTranslation();
  const zone = zoneOfRegion(useApp().status.office?.regionCode);
  const [page, setPage] = useState(1);
  const { rows, pages } = problemPage(summary.problems, page);
  const count = (k: (typeof COUNT_ORDER)[number]): number =>
    k === 'probable' ? summary.probable : summary.counts[k];
  const attention = summary.counts.error + summary.counts.duplicate + summary.counts.warning;
  const last = summary.sameFileBatches.at(-1);

  return (
    <Stack gap="sm" component="section" aria-labelledby="impor-dry-title" data-testid="impor-dry-run">
      <Title order={3} size="h4" id="impor-dry-title">
        {t('imports.dryRun.title')}
      </Title>
      {summary.mappingErrors.length > 0 && (
        <Alert color="red" title={t('imports.dryRun.mappingErrors')} role="alert">
          {summary.mappingErrors.join(' ')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="xs" data-testid="impor-counts">
        {COUNT_ORDER.map((k) => (
          <Paper key={k} withBorder p="xs" data-count={k}>
            <Text size="xs" c="dimmed">
              {t(`imports.cls.${k}`)}
            </Text>
            <Text fw={700} size="lg" c={COLOR[k]}>
              {formatNumber(count(k))}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {summary.records && (
        <Text size="sm" data-testid="impor-records">
          {t(
            `imports.records.${summary.records.new > 0 || summary.records.existing > 0 ? 'counts' : 'none'}`,
            {
              new: formatNumber(summary.records.new),
              existing: formatNumber(summary.records.existing),
            },
          )}
        </Text>
      )}
      {last && (
        <Alert color="yellow">
          {t('imports.file.sameFile', {
            count: summary.sameFileBatches.length,
            at: formatDateTime(last.at, zone),
          })}
        </Alert>
      )}
      {summary.unresolvedDesa.length > 0 && (
        <Alert color="orange">
          {t('imports.dryRun.unresolvedDesa', { names: summary.unresolvedDesa.join(', ') })}
        </Alert>
      )}
      {summary.mappingErrors.length === 0 && attention === 0 && (
        <Text size="sm">{t('imports.dryRun.noProblems')}</Text>
      )}
      {summary.problems.length > 0 && (
        <>
          <Group justify="space-between" align="center">
            <Title order={4} size="h5">
              {t('imports.dryRun.problemsTitle')}
            </Title>
            <Button variant="default" size="xs" loading={downloading} onClick={onDownload}>
              {t('imports.dryRun.download')}
            </Button>
          </Group>
          {attention > summary.problems.length && (
            <Text size="xs" c="dimmed">
              {t('imports.dryRun.problemsCapped')}
            </Text>
          )}
          <Table withTableBorder striped fz="sm" layout="fixed" data-testid="impor-problems">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>{t('imports.dryRun.line')}</Table.Th>
                <Table.Th w={180}>{t('imports.dryRun.status')}</Table.Th>
                <Table.Th>{t('imports.dryRun.reason')}</Table.Th>
                <Table.Th w={120}>
                  <VisuallyHidden>{t('imports.exclude.row')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.line} data-line={r.line}>
                  <Table.Td>{r.line}</Table.Td>
                  <Table.Td>
                    <Text size="sm" c={COLOR[r.cls satisfies RowClass]}>
                      {t(`imports.cls.${r.cls}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{r.notes.join(' ')}</Table.Td>
                  <Table.Td>
                    <Button
                      variant="subtle"
                      size="compact-xs"
                      aria-label={t('imports.exclude.rowLabel', { line: r.line })}
                      onClick={() => onExclude(r.line)}
                    >
                      {t('imports.exclude.row')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {pages > 1 && (
            <Pagination
              total={pages}
              value={page}
              onChange={setPage}
              size="sm"
              aria-label={t('imports.dryRun.pages')}
            />
          )}
        </>
      )}
    </Stack>
  );
}
