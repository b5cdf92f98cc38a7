// Impor data, step 1: pick an .xlsx or .csv file and upload it into the data folder's `impor` folder (base64, ≤ 12 MB).
import { Alert, Button, FileInput, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { fileToBase64 } from './file-base64.ts';
import { stagedName } from './staged-name.ts';

/** The web host takes 16 MB per call; base64 makes a file a third larger. */
const MAX_UPLOAD_BYTES = 12 * 1024 * 1024;

export function FilePicker({ onUploaded }: { onUploaded(file: string): void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const upload = async (): Promise<void> => {
    if (!file) return;
    const name = stagedName(file.name);
    if (!name) return setError(t('imports.file.badType'));
    if (file.size > MAX_UPLOAD_BYTES) return setError(t('imports.file.tooLarge'));
    setBusy(true);
    setError(null);
    const r = await call('imports.upload', { fileName: name, base64: await fileToBase64(file) });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    onUploaded(r.value.file);
  };

  return (
    <Stack gap="sm">
      <FileInput
        label={t('imports.file.label')}
        description={t('imports.file.hint')}
        accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        clearable
        clearButtonProps={{ 'aria-label': t('imports.file.clear') }}
        value={file}
        onChange={(f) => {
          setFile(f);
          setError(null);
        }}
        disabled={busy}
        maw={520}
      />
      <Group>
        <Button onClick={() => void upload()} disabled={!file} loading={busy}>
          {t('imports.file.upload')}
        </Button>
      </Group>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
