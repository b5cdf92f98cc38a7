// After an import: how many attachment files are still "lampiran menyusul", and how many no bundle will bring.
import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../shared/types/sync.ts';
import { formatBytes } from '../lampiran/file-bytes.ts';

export function AttachmentFilesAlert({ files }: { files: SyncStatus['attachmentFiles'] }) {
  const { t } = useTranslation();
  const { coming, unavailable } = files;
  if (coming.count === 0 && unavailable.count === 0) return null;
  return (
    <Stack gap="xs">
      {coming.count > 0 && (
        <Alert color="yellow" data-testid="attachments-coming">
          {t('sync.attachmentFiles.coming', { n: coming.count, size: formatBytes(coming.bytes) })}
        </Alert>
      )}
      {unavailable.count > 0 && (
        <Alert color="orange" data-testid="attachments-unavailable">
          {t('sync.attachmentFiles.unavailable', {
            n: unavailable.count,
            size: formatBytes(unavailable.bytes),
          })}
        </Alert>
      )}
    </Stack>
  );
}
