// Dinsos's recap of a month: every kecamatan's report (on time / late / missing, version, totals), kabupaten totals, downloads, deadline setting.
import { Alert, Badge, Card, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { DataRows } from '../ui/DataRows.tsx';
import { useLoad } from '../ui/use-load.ts';
import { recapReportLayout } from '../../../shared/report-layout/index.ts';
import type { RecapRow } from '../../../shared/types/reports.ts';
import { DeadlineSetting } from './DeadlineSetting.tsx';
import { MonthlyReport } from './MonthlyReport.tsx';
import { DownloadButtons } from './DownloadButtons.tsx';
import { useReportExport } from './download-report.ts';
import { ReportExportProgress } from './ReportExportProgress.tsx';
import { ReportTableView } from './ReportTableView.tsx';

const STATUS_COLOR: Record<RecapRow['status'], string> = {
  tepat_waktu: 'green',
  terlambat: 'orange',
  belum: 'red',
};

export function RecapView({ month }: { month: string }) {
  const { t } = useTranslation();
  const recap = useLoad(() => call('reports.recap', { month }), [month]);
  const [busy, setBusy] = useState<'xlsx' | 'pdf' | null>(null);
  const [officeId, setOfficeId] = useState<string | null>(null);
  const exporter = useReportExport('reports.recapExportRun', 'laporan.recap');
  const data = recap.value;
  const doc = useMemo(() => (data ? recapReportLayout(data) : null), [data]);

  if (recap.error) return <Alert color="red">{recap.error}</Alert>;
  if (!data || !doc) return <Loader size="sm" />;
  const count = (s: RecapRow['status']): number => data.rows.filter((r) => r.status === s).length;

  const download = (format: 'xlsx' | 'pdf'): void => {
    setBusy(format);
    void exporter.download({ month, format }).finally(() => setBusy(null));
  };

  return (
    <Stack data-testid="recap" data-month={month}>
      <Card withBorder>
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={3}>{doc.title}</Title>
            <Text c="dimmed">{doc.subtitle}</Text>
          </Stack>
          <Group gap="xs">
            <DownloadButtons busy={busy} onDownload={download} />
          </Group>
        </Group>
        <DataRows rows={doc.header.map((h) => [h.label, h.value])} />
        <Group gap="sm" mt="sm" data-testid="recap-counts">
          {(['tepat_waktu', 'terlambat', 'belum'] as const).map((s) => (
            <Badge key={s} color={STATUS_COLOR[s]} variant="light" size="lg" data-status={s}>
              {t(`laporan.recap.status.${s}`)}: {count(s)}
            </Badge>
          ))}
        </Group>
      </Card>
      <ReportExportProgress op={exporter.op} />
      <DeadlineSetting onSaved={() => recap.reload()} />
      {doc.tables.map((table) => (
        <ReportTableView key={table.id} table={table} zone={doc.zone} />
      ))}
      <Card withBorder data-testid="recap-office-report">
        <Select
          label={t('laporan.recap.openOffice')}
          description={t('laporan.recap.openOfficeHelp')}
          data={data.rows
            .filter((r) => r.status !== 'belum')
            .map((r) => ({ value: r.officeId, label: `${r.officeName} (${r.regionCode})` }))}
          value={officeId}
          onChange={setOfficeId}
          clearable
          searchable
          placeholder={t('laporan.recap.chooseOffice')}
          maw={420}
        />
      </Card>
      {officeId && <MonthlyReport key={officeId} month={month} officeId={officeId} />}
    </Stack>
  );
}
