// "Impor berkas": uploads picked bundles one by one, with a progress bar, and reports each file's outcome.
import { Alert, Button, Card, FileInput, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { fileToBase64 } from './sync-format.ts';

interface Line {
  file: string;
  color: 'teal' | 'gray' | 'red';
  text: string;
}

/** The web host takes 16 MB per call; base64 makes a file a third larger. */
const MAX_UPLOAD_BYTES = 12 * 1024 * 1024;

export function ImportPanel({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [lines, setLines] = useState<Line[]>([]);

  const importOne = async (f: File): Promise<Line> => {
    if (f.size > MAX_UPLOAD_BYTES) return { file: f.name, color: 'red', text: t('sync.import.tooLarge') };
    const r = await call('sync.importUpload', { fileName: f.name, base64: await fileToBase64(f) });
    if (!r.ok) {
      return {
        file: f.name,
        color: 'red',
        text: t('sync.import.failed', { file: f.name, reason: r.error.message }),
      };
    }
    const v = r.value;
    if (v.status === 'applied') {
      return {
        file: f.name,
        color: 'teal',
        text: t('sync.import.applied', {
          file: f.name,
          applied: v.applied,
          records: v.records,
          conflicts: v.conflicts,
        }),
      };
    }
    if (v.status === 'already_applied') {
      return { file: f.name, color: 'gray', text: t('sync.import.already', { file: f.name }) };
    }
    return {
      file: f.name,
      color: 'red',
      text: t('sync.import.refused', { file: f.name, reason: v.reason ?? '' }),
    };
  };

  const run = async (): Promise<void> => {
    const picked = files;
    setLines([]);
    setProgress({ done: 0, total: picked.length });
    const out: Line[] = [];
    for (const [i, f] of picked.entries()) {
      out.push(await importOne(f));
      setLines([...out]);
      setProgress({ done: i + 1, total: picked.length });
    }
    setProgress(null);
    setFiles([]);
    onDone();
  };

  return (
    <Card withBorder component="section" aria-label={t('sync.import.title')}>
      <Stack>
        <Title order={4}>{t('sync.import.title')}</Title>
        <FileInput
          label={t('sync.import.label')}
          description={t('sync.import.hint')}
          placeholder={t('sync.import.placeholder')}
          accept=".pksb,application/octet-stream"
          multiple
          clearable
          value={files}
          onChange={setFiles}
          disabled={progress !== null}
        />
        <Group>
          <Button onClick={() => void run()} disabled={files.length === 0} loading={progress !== null}>
            {t('sync.import.button')}
          </Button>
        </Group>
        {progress && (
          <Stack gap={4} data-testid="import-progress">
            <Progress value={(progress.done / Math.max(progress.total, 1)) * 100} animated />
            <Text size="sm">{t('sync.import.running', progress)}</Text>
          </Stack>
        )}
        {lines.length > 0 && (
          <Stack gap="xs" data-testid="import-result">
            {lines.map((l, i) => (
              <Alert key={i} color={l.color} p="xs">
                {l.text}
              </Alert>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
