// Asks why an attachment is removed (the reason is kept with its tombstone) and removes it.
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { notifySuccess } from '../ui/notify.ts';
import type { AttachmentSummary } from '../../../shared/types/attachments.ts';

interface Props {
  attachment: AttachmentSummary;
  onClose(): void;
  onRemoved(): void;
}

export function RemoveAttachmentModal({ attachment, onClose, onRemoved }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (): Promise<void> => {
    setBusy(true);
    const r = await call('attachments.remove', { id: attachment.id, reason });
    setBusy(false);
    if (!r.ok) return setError(r.error.fields?.reason ?? r.error.message);
    notifySuccess(t('lampiran.removed'));
    onRemoved();
  };
  return (
    <Modal opened onClose={onClose} title={t('lampiran.removeTitle')}>
      <Stack>
        <Text size="sm">{t('lampiran.removeHint')}</Text>
        <TextInput
          label={t('lampiran.removeReason')}
          value={reason}
          maxLength={300}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={error}
          data-autofocus
          data-testid="attachment-remove-reason"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={busy}
            onClick={() => void submit()}
            data-testid="attachment-remove-confirm"
          >
            {t('lampiran.confirmRemove')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
