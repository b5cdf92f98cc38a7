// Adds an attachment: document kind, note, legal basis and a file chosen with the picker, dropped on the form or taken with the camera.
import { Button, FileButton, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { LegalBasisSelect } from '../ui/LegalBasisSelect.tsx';
import { notifyError, notifySuccess } from '../ui/notify.ts';
import { ATTACHMENT_KINDS, type AttachmentOwnerType } from '../../../shared/reference/attachment-kinds.ts';
import { DEFAULT_LEGAL_BASIS } from '../../../shared/reference/legal-basis.ts';
import { formatBytes, readBase64, tooLargeToSend } from './file-bytes.ts';
import { useLoad } from '../ui/use-load.ts';
import { AttachmentSpaceNote } from './AttachmentSpaceNote.tsx';
import { CameraCapture } from './CameraCapture.tsx';

interface Props {
  owner: { type: AttachmentOwnerType; id: string };
  onAdded(): void;
}

export function AttachmentAddForm({ owner, onAdded }: Props) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState('lainnya');
  const [note, setNote] = useState('');
  const [legalBasis, setLegalBasis] = useState(DEFAULT_LEGAL_BASIS);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);
  const [camera, setCamera] = useState(false);
  const space = useLoad(() => call('attachments.space', {}), []);

  const choose = (f: File | null): void => {
    setError(f && tooLargeToSend(f) ? t('lampiran.tooLarge', { size: formatBytes(f.size) }) : null);
    setFile(f && !tooLargeToSend(f) ? f : null);
  };
  const onDrop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    setOver(false);
    choose(e.dataTransfer.files.item(0));
  };
  const submit = async (): Promise<void> => {
    if (!file) return;
    setBusy(true);
    setError(null);
    let base64: string;
    try {
      base64 = await readBase64(file);
    } catch {
      setBusy(false);
      setError(t('lampiran.unreadable'));
      return;
    }
    const r = await call('attachments.add', { owner, kind, note, legalBasis, base64 });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.fields?.base64 ?? r.error.message);
      notifyError(r.error.message);
      return;
    }
    notifySuccess(
      r.value.storedNew ? t('lampiran.added', { size: formatBytes(r.value.size) }) : t('lampiran.addedSame'),
    );
    setFile(null);
    setNote('');
    space.reload();
    onAdded();
  };

  return (
    <Paper
      withBorder
      p="sm"
      bg={over ? 'var(--mantine-color-blue-light)' : undefined}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="attachment-drop"
    >
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('lampiran.dropHint')}
        </Text>
        <Group grow align="flex-start">
          <Select
            label={t('lampiran.kind')}
            data={ATTACHMENT_KINDS.map((k) => ({ value: k.code, label: k.label }))}
            value={kind}
            onChange={(v) => v && setKind(v)}
            allowDeselect={false}
            data-testid="attachment-kind"
          />
          <TextInput
            label={t('lampiran.note')}
            value={note}
            maxLength={500}
            onChange={(e) => setNote(e.currentTarget.value)}
            data-testid="attachment-note"
          />
        </Group>
        <LegalBasisSelect value={legalBasis} onChange={setLegalBasis} />
        <Group>
          <FileButton onChange={choose} accept="image/jpeg,image/png,image/webp,application/pdf">
            {(props) => (
              <Button variant="default" {...props} data-testid="attachment-pick">
                {t('lampiran.pick')}
              </Button>
            )}
          </FileButton>
          <Button variant="default" onClick={() => setCamera(true)} data-testid="attachment-camera">
            {t('lampiran.camera.open')}
          </Button>
          {file && (
            <Text size="sm" data-testid="attachment-chosen">
              {t('lampiran.chosen', { name: file.name, size: formatBytes(file.size) })}
            </Text>
          )}
          <Button onClick={() => void submit()} disabled={!file} loading={busy} data-testid="attachment-add">
            {t('lampiran.add')}
          </Button>
        </Group>
        {error && (
          <Text size="sm" c="red" role="alert" data-testid="attachment-error">
            {error}
          </Text>
        )}
        <AttachmentSpaceNote space={space.value ?? null} />
      </Stack>
      {camera && (
        <CameraCapture
          onClose={() => setCamera(false)}
          onCapture={(f) => {
            setCamera(false);
            choose(f);
          }}
        />
      )}
    </Paper>
  );
}
