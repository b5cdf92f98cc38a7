// A kecamatan/desa office's monthly report: state, versions, downloads, finalize, every layout table with its charts, activity log, notes.
import { Alert, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { mayCall } from '../app/permissions.ts';
import { zoneOfRegion } from '../format.ts';
import { DataRows } from '../ui/DataRows.tsx';
import { useLoad } from '../ui/use-load.ts';
import { monthlyReportLayout } from '../../../shared/report-layout/index.ts';
import { ActivityLog } from './ActivityLog.tsx';
import { DownloadButtons } from './DownloadButtons.tsx';
import { useReportExport } from './download-report.ts';
import { FinalizeButton } from './FinalizeButton.tsx';
import { MonthNotes } from './MonthNotes.tsx';
import { ReportExportProgress } from './ReportExportProgress.tsx';
import { ReportStateBadge } from './ReportStateBadge.tsx';
import { ReportTableView } from './ReportTableView.tsx';
import { VersionsList } from './VersionsList.tsx';

/** Tables the screen shows as editable cards instead (the activity log and the obstacles text). */
const EDITABLE_TABLES = new Set(['kegiatan', 'kendala']);

interface Props {
  month: string;
  /** Another office's report, read-only (Dinsos opening a kecamatan from its recap). */
  officeId?: string | undefined;
}

export function MonthlyReport({ month, officeId }: Props) {
  const { t } = useTranslation();
  const { session } = useApp();
  const role = session.user.role;
  const report = useLoad(
    () => call('reports.monthly', { month, ...(officeId ? { officeId } : {}) }),
    [month, officeId],
  );
  const [busy, setBusy] = useState<'xlsx' | 'pdf' | null>(null);
  // Files are made by an operation: a progress bar with Batalkan while it runs, the window stays usable.
  const exporter = useReportExport('reports.exportRun', `laporan.export.${officeId ?? 'own'}`);
  const view = report.value;
  const doc = useMemo(() => (view ? monthlyReportLayout(view.data) : null), [view]);

  if (report.error) return <Alert color="red">{report.error}</Alert>;
  if (!view || !doc) return <Loader size="sm" />;
  // The report's own office decides the zone (a Dinsos may read a kecamatan in another zone).
  const zone = zoneOfRegion(view.data.office.regionCode);
  const own = !officeId;
  const canWrite = own && mayCall(role, 'reports.activities.save');
  const canFinalize = own && mayCall(role, 'reports.finalize');

  const download = (format: 'xlsx' | 'pdf', version?: number): Promise<boolean> =>
    exporter.download({
      month,
      format,
      ...(version ? { version } : {}),
      ...(officeId ? { officeId } : {}),
    });
  const downloadCurrent = (format: 'xlsx' | 'pdf'): void => {
    setBusy(format);
    void download(format).finally(() => setBusy(null));
  };

  return (
    <Stack data-testid="monthly-report" data-month={month}>
      <Card withBorder>
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={3}>{doc.title}</Title>
            <Text c="dimmed">{doc.subtitle}</Text>
          </Stack>
          <ReportStateBadge state={view.state} />
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} mt="sm">
          <DataRows rows={doc.header.map((h) => [h.label, h.value])} />
          <Stack gap="xs" align="flex-end">
            <Group gap="xs">
              <DownloadButtons busy={busy} onDownload={downloadCurrent} />
              {canFinalize && (
                <FinalizeButton month={month} view={view} onFinalized={() => report.reload()} />
              )}
            </Group>
            {!canWrite && (
              <Text size="xs" c="dimmed">
                {t('laporan.readOnly')}
              </Text>
            )}
          </Stack>
        </SimpleGrid>
      </Card>
      <ReportExportProgress op={exporter.op} />
      <VersionsList versions={view.versions} zone={zone} onDownload={(version) => download('pdf', version)} />
      {doc.tables
        .filter((table) => !EDITABLE_TABLES.has(table.id))
        .map((table) => (
          <ReportTableView key={table.id} table={table} zone={doc.zone} />
        ))}
      <ActivityLog
        entries={view.data.activities}
        defaultDate={view.data.period.firstDay}
        canWrite={canWrite}
        onChanged={() => report.reload()}
      />
      <MonthNotes
        month={month}
        obstacles={view.data.obstacles}
        recommendations={view.data.recommendations}
        canWrite={canWrite}
        onSaved={() => report.reload()}
      />
    </Stack>
  );
}
