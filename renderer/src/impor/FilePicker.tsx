// Impor data, step 1: pick an .xlsx or .csv: the desktop's own open dialog, or in a browser a streamed upload (any size up to 256 MB).
import { Alert, Button, FileInput, Group, Progress, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_UPLOAD_MAX_BYTES } from '../../../shared/api/methods/imports.ts';
import { stagedName } from '../../../shared/text/staged-name.ts';
import { getSessionId } from '../api/client.ts';
import { uploadFile } from '../api/upload.ts';

export function FilePicker({ onUploaded }: { onUploaded(file: string): void }) {
  const { t } = useTranslation();
  // The desktop app's preload offers the native dialog (the file is copied by path); a browser streams the upload.
  const picker = window.puskesos?.pickImportFile;
  const [file, setFile] = useState<File | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = percent !== null;

  const upload = async (): Promise<void> => {
    if (!file) return;
    const name = stagedName(file.name);
    if (!name) return setError(t('imports.file.badType'));
    if (file.size > IMPORT_UPLOAD_MAX_BYTES) return setError(t('imports.file.tooLarge'));
    setPercent(0);
    setError(null);
    const r = await uploadFile(
      file,
      name,
      (loaded, total) => setPercent(total ? Math.round((loaded / total) * 100) : 0),
      t('errors.network'),
    );
    setPercent(null);
    if (!r.ok) return setError(r.error.message);
    onUploaded(r.value.fileName);
  };

  const pick = async (): Promise<void> => {
    if (!picker) return;
    setPercent(0);
    setError(null);
    const r = await picker(getSessionId());
    setPercent(null);
    if (!r.ok) return setError(r.error.message);
    if (r.value) onUploaded(r.value.fileName);
  };

  return (
    <Stack gap="sm">
      {picker ? (
        <Group>
          <Button onClick={() => void pick()} loading={busy}>
            {t('imports.file.pick')}
          </Button>
        </Group>
      ) : (
        <>
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
        </>
      )}
      {percent !== null && percent > 0 && (
        <Progress value={percent} maw={520} aria-label={t('imports.file.uploading')} />
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
