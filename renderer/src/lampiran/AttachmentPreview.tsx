// Shows one attachment in a modal: an image from its verified bytes, or for a PDF a note and the download.
import { Alert, Button, Group, Image, Loader, Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { saveGeneratedFile } from '../ui/download.ts';
import { useLoad } from '../ui/use-load.ts';
import { attachmentKindLabel } from '../../../shared/reference/attachment-kinds.ts';
import type { AttachmentSummary } from '../../../shared/types/attachments.ts';

export function AttachmentPreview({
  attachment,
  onClose,
}: {
  attachment: AttachmentSummary;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const file = useLoad(() => call('attachments.get', { id: attachment.id }), [attachment.id]);
  const kind = attachmentKindLabel(attachment.kind);
  return (
    <Modal opened onClose={onClose} title={kind} size="xl">
      {file.loading && <Loader aria-label={t('common.loading')} />}
      {file.error && <Alert color="red">{file.error}</Alert>}
      {file.value && file.value.mime !== 'application/pdf' && (
        <Image
          src={`data:${file.value.mime};base64,${file.value.base64}`}
          alt={t('lampiran.previewAlt', { kind })}
          fit="contain"
          mah="70vh"
          data-testid="attachment-image"
        />
      )}
      {file.value?.mime === 'application/pdf' && <Alert color="gray">{t('lampiran.pdfNoPreview')}</Alert>}
      {file.value && (
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => file.value && saveGeneratedFile(file.value)}>
            {t('lampiran.download')}
          </Button>
        </Group>
      )}
    </Modal>
  );
}
