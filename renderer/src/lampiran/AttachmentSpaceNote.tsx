// The office's attachment totals and free disk space under the add form, with a warning before adding when space runs low.
import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttachmentSpace } from '../../../shared/types/attachments.ts';
import { formatBytes } from './file-bytes.ts';

export function AttachmentSpaceNote({ space }: { space: AttachmentSpace | null }) {
  const { t } = useTranslation();
  if (!space) return null;
  const free = space.freeBytes === null ? t('lampiran.freeUnknown') : formatBytes(space.freeBytes);
  return (
    <>
      <Text size="xs" c="dimmed" data-testid="attachment-space">
        {t('lampiran.officeTotals', { count: space.count, size: formatBytes(space.bytes), free })}
      </Text>
      {space.low && (
        <Alert color="yellow" data-testid="attachment-space-low">
          {t('lampiran.spaceLow', { free, keep: formatBytes(space.keepFreeBytes) })}
        </Alert>
      )}
    </>
  );
}
