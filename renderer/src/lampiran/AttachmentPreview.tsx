// Shows one attachment in a modal from its verified bytes: an image, or a PDF's first page; and the download.
import { Alert, Button, Group, Image, Loader, Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { saveGeneratedFile } from '../ui/download.ts';
import { useLoad } from '../ui/use-load.ts';
import { attachmentKindLabel } from '../../../shared/reference/attachment-kinds.ts';
import type { AttachmentSummary } from '../../../shared/types/attachments.ts';

function PdfPage({ base64 }: { base64: string }) {
  const { t } = useTranslation();
  // pdf.js (about 800 kB) is loaded only when a PDF is first previewed, not at every start of the app.
  const page = useLoad(
    async () => (await import('./pdf-first-page.ts')).pdfFirstPage(base64, t('lampiran.pdfNoPreview')),
    [base64],
  );
  if (page.loading) return <Loader aria-label={t('common.loading')} />;
  if (page.error) return <Alert color="gray">{page.error}</Alert>;
  return (
    <Image
      src={page.value ?? ''}
      alt={t('lampiran.pdfFirstPage')}
      fit="contain"
      mah="70vh"
      bd="1px solid var(--mantine-color-gray-4)"
      data-testid="attachment-pdf-page"
    />
  );
}

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
      {file.value?.mime === 'application/pdf' && <PdfPage base64={file.value.base64} />}
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
