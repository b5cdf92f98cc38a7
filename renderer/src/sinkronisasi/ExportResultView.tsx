// What "Ekspor sekarang" wrote: each bundle with its download button, its files, and the files that wait for the next.
import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExportNowResult } from '../../../shared/types/sync.ts';
import { downloadBundle } from './download-bundle.ts';
import { sizeText } from './sync-format.ts';

export function ExportResultView({ result }: { result: ExportNowResult }) {
  const { t } = useTranslation();
  return (
    <>
      {result.files.length === 0 && (
        <Alert color="gray" data-testid="export-nothing">
          {result.nothingFor.length > 0 ? t('sync.export.nothing') : t('sync.export.noRecipient')}
        </Alert>
      )}
      {result.files.length > 0 && (
        <Stack gap="xs" data-testid="export-result">
          <Text fw={600}>{t('sync.export.done', { n: result.files.length })}</Text>
          <List spacing="xs">
            {result.files.map((f) => (
              <List.Item key={f.fileName}>
                <Group gap="sm" wrap="nowrap">
                  <Text size="sm" style={{ wordBreak: 'break-all' }}>
                    {t('sync.export.file', {
                      name: f.fileName,
                      recipient: f.recipientName,
                      records: f.records,
                      size: sizeText(f.bytes),
                    })}
                  </Text>
                  <Button
                    size="xs"
                    variant="light"
                    style={{ flexShrink: 0 }}
                    onClick={() => void downloadBundle(f.fileName)}
                    aria-label={`${t('sync.export.download')} ${f.fileName}`}
                  >
                    {t('sync.export.download')}
                  </Button>
                </Group>
                {f.attachments > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('sync.export.files', { n: f.attachments })}
                  </Text>
                )}
                {f.attachmentsWaiting.count > 0 && (
                  <Alert color="yellow" mt="xs" data-testid="export-files-waiting">
                    {t('sync.export.waiting', {
                      n: f.attachmentsWaiting.count,
                      size: sizeText(f.attachmentsWaiting.bytes),
                      recipient: f.recipientName,
                    })}
                  </Alert>
                )}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </>
  );
}
