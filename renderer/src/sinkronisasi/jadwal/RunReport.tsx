// One sync run's report: ok or failed, the clerk's message, the files sent and received, the next retry.
import { Alert, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, type OfficeZone } from '../../format.ts';
import type { SyncFileResult, SyncRunReport } from '../../../../shared/types/sync-schedule.ts';

function Files({ title, files, testId }: { title: string; files: SyncFileResult[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} data-testid={testId}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      {files.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('sync.run.none')}
        </Text>
      ) : (
        <List size="sm" spacing={2}>
          {files.map((f) => (
            <List.Item key={`${f.file}-${f.status}`} style={{ wordBreak: 'break-all' }}>
              {t('sync.run.file', { file: f.file, status: t(`sync.run.status.${f.status}`) })}
              {f.reason ? ` — ${f.reason}` : ''}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

export function RunReport({ report, zone }: { report: SyncRunReport; zone: OfficeZone }) {
  const { t } = useTranslation();
  return (
    <Alert
      color={report.ok ? 'teal' : 'orange'}
      data-testid="sync-run-report"
      data-ok={report.ok ? 'ya' : 'tidak'}
      title={t(report.ok ? 'sync.run.ok' : 'sync.run.failed', {
        when: formatDateTime(report.finishedAt, zone),
      })}
    >
      <Stack gap="xs">
        <Text size="sm">{report.message}</Text>
        <Files title={t('sync.run.sent')} files={report.sent} testId="sync-run-sent" />
        <Files title={t('sync.run.received')} files={report.received} testId="sync-run-received" />
        {report.nextRetryAt && (
          <Text size="sm">{t('sync.run.nextRetry', { when: formatDateTime(report.nextRetryAt, zone) })}</Text>
        )}
      </Stack>
    </Alert>
  );
}
