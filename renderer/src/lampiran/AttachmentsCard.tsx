// The "Lampiran" section of a resident, household, case, referral or DTSEN proposal: the list with kind, note, size, who and when, and its actions.
import { Alert, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { formatDateTime, zoneOfRegion } from '../format.ts';
import { saveGeneratedFile } from '../ui/download.ts';
import { notifyError } from '../ui/notify.ts';
import { useLoad } from '../ui/use-load.ts';
import { attachmentKindLabel, type AttachmentOwnerType } from '../../../shared/reference/attachment-kinds.ts';
import type { AttachmentFileState, AttachmentSummary } from '../../../shared/types/attachments.ts';
import { AttachmentAddForm } from './AttachmentAddForm.tsx';
import { AttachmentPreview } from './AttachmentPreview.tsx';
import { formatBytes } from './file-bytes.ts';
import { RemoveAttachmentModal } from './RemoveAttachmentModal.tsx';

/** The badge shown instead of preview and download when the file is not in this office's store. */
const NOT_HERE_LABEL = {
  coming: 'lampiran.pending',
  'origin-only': 'lampiran.originOnly',
  unavailable: 'lampiran.fileUnavailable',
} as const satisfies Record<Exclude<AttachmentFileState, 'here'>, string>;

interface Props {
  owner: { type: AttachmentOwnerType; id: string };
  canWrite: boolean;
  /** The card's heading (default "Lampiran"). */
  title?: string;
  /** After a file is added or removed (a proposal re-reads its evidence checklist). */
  onChanged?: () => void;
}

export function AttachmentsCard({ owner, canWrite, title, onChanged }: Props) {
  const { t } = useTranslation();
  const zone = zoneOfRegion(useApp().status.office?.regionCode);
  const list = useLoad(() => call('attachments.list', { owner }), [owner.type, owner.id]);
  const [viewing, setViewing] = useState<AttachmentSummary | null>(null);
  const [removing, setRemoving] = useState<AttachmentSummary | null>(null);

  const download = async (a: AttachmentSummary): Promise<void> => {
    const r = await call('attachments.get', { id: a.id });
    if (r.ok) saveGeneratedFile(r.value);
    else notifyError(r.error.message);
  };
  const size = (a: AttachmentSummary): string =>
    a.size === a.originalSize
      ? formatBytes(a.size)
      : t('lampiran.resized', { size: formatBytes(a.size), original: formatBytes(a.originalSize) });

  return (
    <Card withBorder data-testid="attachments-card" data-owner-type={owner.type}>
      <Title order={4} mb="sm">
        {title ?? t('lampiran.title')}
      </Title>
      {list.value && list.value.length > 0 && (
        <Text size="xs" c="dimmed" mb="xs" data-testid="attachments-total">
          {t('lampiran.ownerTotals', {
            count: list.value.length,
            size: formatBytes(list.value.reduce((sum, a) => sum + a.size, 0)),
          })}
        </Text>
      )}
      <Stack gap="sm">
        {list.error && <Alert color="red">{list.error}</Alert>}
        {list.value?.length === 0 && (
          <Text c="dimmed" size="sm">
            {t('lampiran.empty')}
          </Text>
        )}
        {list.value && list.value.length > 0 && (
          <Table data-testid="attachments-table">
            <Table.Tbody>
              {list.value.map((a) => (
                <Table.Tr key={a.id} data-testid="attachment-row" data-kind={a.kind}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {attachmentKindLabel(a.kind)}
                    </Text>
                    {a.note && <Text size="sm">{a.note}</Text>}
                    <Text size="xs" c="dimmed">
                      {size(a)} ·{' '}
                      {t('lampiran.by', { who: a.addedBy, when: formatDateTime(a.addedAt, zone) })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      {a.file === 'here' ? (
                        <>
                          <Button size="compact-sm" variant="light" onClick={() => setViewing(a)}>
                            {t('lampiran.preview')}
                          </Button>
                          <Button size="compact-sm" variant="default" onClick={() => void download(a)}>
                            {t('lampiran.download')}
                          </Button>
                        </>
                      ) : (
                        <Badge color="yellow" variant="light" data-testid="attachment-pending">
                          {t(NOT_HERE_LABEL[a.file])}
                        </Badge>
                      )}
                      {canWrite && (
                        <Button size="compact-sm" variant="subtle" color="red" onClick={() => setRemoving(a)}>
                          {t('lampiran.remove')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {canWrite && (
          <AttachmentAddForm
            owner={owner}
            onAdded={() => {
              list.reload();
              onChanged?.();
            }}
          />
        )}
      </Stack>
      {viewing && <AttachmentPreview attachment={viewing} onClose={() => setViewing(null)} />}
      {removing && (
        <RemoveAttachmentModal
          attachment={removing}
          onClose={() => setRemoving(null)}
          onRemoved={() => {
            setRemoving(null);
            list.reload();
            onChanged?.();
          }}
        />
      )}
    </Card>
  );
}
