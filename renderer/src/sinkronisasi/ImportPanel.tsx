// "Terima": puts picked bundles into the inbox (native dialog in the desktop app, streamed upload in the browser),
// then imports exactly those as one operation with progress and cancel, and reports each file's outcome.
import { Alert, Button, Card, FileInput, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRunResult, ImportUploadResult } from '../../../shared/types/sync.ts';
import { getSessionId } from '../api/client.ts';
import { uploadBundle } from '../api/upload.ts';
import { OperationProgress } from '../ui/OperationProgress.tsx';
import { useOperation } from '../ui/use-operation.ts';

interface Line {
  file: string;
  color: 'teal' | 'gray' | 'red';
  text: string;
}

interface Uploading {
  file: string;
  index: number;
  count: number;
  percent: number;
}

export function ImportPanel({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  // The desktop app's preload offers the native picker; in a browser the file input uploads through the web host.
  const picker = window.puskesos?.pickBundleFiles;
  const op = useOperation('sync.importRun', 'sync.upload');
  const [files, setFiles] = useState<File[]>([]);
  const [uploading, setUploading] = useState<Uploading | null>(null);
  const [picking, setPicking] = useState(false);
  const [lines, setLines] = useState<Line[]>([]);

  const lineOf = (v: ImportUploadResult): Line =>
    v.status === 'applied'
      ? {
          file: v.fileName,
          color: 'teal',
          text: t('sync.import.applied', {
            file: v.fileName,
            applied: v.applied,
            records: v.records,
            conflicts: v.conflicts,
          }),
        }
      : v.status === 'already_applied'
        ? { file: v.fileName, color: 'gray', text: t('sync.import.already', { file: v.fileName }) }
        : {
            file: v.fileName,
            color: 'red',
            text: t('sync.import.refused', { file: v.fileName, reason: v.reason ?? '' }),
          };

  const importStaged = async (names: string[], refused: Line[]): Promise<void> => {
    setLines(refused);
    if (names.length > 0) await op.start({ files: names });
    onDone();
  };

  const uploadAll = async (): Promise<void> => {
    const picked = files;
    const staged: string[] = [];
    const refused: Line[] = [];
    setLines([]);
    for (const [i, f] of picked.entries()) {
      setUploading({ file: f.name, index: i + 1, count: picked.length, percent: 0 });
      const r = await uploadBundle(
        f,
        (loaded, total) =>
          setUploading({
            file: f.name,
            index: i + 1,
            count: picked.length,
            percent: total ? Math.round((loaded / total) * 100) : 0,
          }),
        t('errors.network'),
      );
      if (r.ok) staged.push(r.value.fileName);
      else
        refused.push({
          file: f.name,
          color: 'red',
          text: t('sync.import.failed', { file: f.name, reason: r.error.message }),
        });
    }
    setUploading(null);
    setFiles([]);
    await importStaged(staged, refused);
  };

  const pickAndImport = async (): Promise<void> => {
    if (!picker) return;
    setPicking(true);
    setLines([]);
    const r = await picker(getSessionId());
    setPicking(false);
    if (!r.ok) {
      setLines([{ file: '', color: 'red', text: r.error.message }]);
      return;
    }
    if (r.value.canceled) return;
    await importStaged(
      r.value.staged.map((s) => s.fileName),
      r.value.refused.map((f) => ({
        file: f.fileName,
        color: 'red',
        text: t('sync.import.failed', { file: f.fileName, reason: f.message }),
      })),
    );
  };

  const busy = uploading !== null || picking || op.running;
  const final = op.final;
  const result: ImportRunResult | null =
    final && final.state !== 'failed' && 'files' in final.result ? final.result : null;
  const shown = [...lines, ...(result?.files.map(lineOf) ?? [])];

  return (
    <Card withBorder component="section" aria-label={t('sync.import.title')}>
      <Stack>
        <Title order={4}>{t('sync.import.title')}</Title>
        {picker ? (
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              {t('sync.import.pickHint')}
            </Text>
            <Group>
              <Button onClick={() => void pickAndImport()} loading={busy} disabled={busy}>
                {t('sync.import.pick')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <>
            <FileInput
              label={t('sync.import.label')}
              description={t('sync.import.hint')}
              placeholder={t('sync.import.placeholder')}
              accept=".pksb,application/octet-stream"
              multiple
              clearable
              value={files}
              onChange={setFiles}
              disabled={busy}
            />
            <Group>
              <Button onClick={() => void uploadAll()} disabled={files.length === 0 || busy} loading={busy}>
                {t('sync.import.button')}
              </Button>
            </Group>
          </>
        )}
        {uploading && (
          <Stack gap={4} data-testid="import-progress">
            <Progress value={uploading.percent} animated aria-label={t('sync.inboxRun.progressLabel')} />
            <Text size="sm" aria-live="polite">
              {t('sync.import.uploading', { ...uploading })}
            </Text>
          </Stack>
        )}
        {!uploading && (
          <OperationProgress
            op={op}
            texts={{
              progressLabel: t('sync.inboxRun.progressLabel'),
              starting: t('sync.inboxRun.starting'),
              cancel: t('sync.inboxRun.cancel'),
              cancelling: t('sync.inboxRun.cancelling'),
            }}
            describe={(p) =>
              p.total === null
                ? t('sync.inboxRun.starting')
                : t('sync.inboxRun.progress', { done: p.done, total: p.total })
            }
            describeItem={(file) => t('sync.inboxRun.current', { file })}
            // The run's files are listed below; only a failure is shown here.
            outcome={() => null}
          />
        )}
        {final?.state === 'cancelled' && result && (
          <Alert color="yellow">{t('sync.import.cancelled', { remaining: result.remaining.length })}</Alert>
        )}
        {shown.length > 0 && !busy && (
          <Stack gap="xs" data-testid="import-result">
            {shown.map((l, i) => (
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
