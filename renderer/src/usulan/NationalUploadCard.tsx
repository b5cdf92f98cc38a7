// Dinsos: the verified proposals as the national upload file (XLSX/CSV), and the result file imported back (dry run first, with progress and Batalkan).
import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { FilePicker } from '../impor/FilePicker.tsx';
import { DayInput } from '../ui/DayInput.tsx';
import { saveGeneratedFile } from '../ui/download.ts';
import { OperationProgress } from '../ui/OperationProgress.tsx';
import { useOperation } from '../ui/use-operation.ts';
import type { ResultImport } from '../../../shared/types/usulan-upload.ts';

function ResultRows({ result }: { result: ResultImport }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="usulan-result-import">
      <Text size="sm" aria-live="polite">
        {t(result.dryRun ? 'usulanUpload.dryRunSummary' : 'usulanUpload.doneSummary', {
          matched: result.matched,
          errors: result.errors,
        })}
      </Text>
      <Table aria-label={t('usulanUpload.rows')}>
        <Table.Tbody>
          {result.rows.map((r) => (
            <Table.Tr key={r.line}>
              <Table.Td>{t('usulanUpload.line', { n: r.line })}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={r.ok ? 'teal' : 'red'}>
                  {r.ok ? t('usulanUpload.ok') : t('usulanUpload.error')}
                </Badge>
              </Table.Td>
              <Table.Td>{r.headName || r.noKk}</Table.Td>
              <Table.Td>{r.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

export function NationalUploadCard({ onImported }: { onImported(): void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<string | null>(null);
  const [effectiveDate, setEffectiveDate] = useState('');
  const [result, setResult] = useState<ResultImport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const op = useOperation('usulan.importResultRun');
  const busy = op.running;

  const exportAs = async (format: 'xlsx' | 'csv'): Promise<void> => {
    const r = await call('usulan.export', { state: 'diverifikasi', format });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    saveGeneratedFile(r.value);
  };

  /** Runs the import as an operation: progress per 25 rows, Batalkan rolls every recorded result back. */
  const run = async (dryRun: boolean): Promise<void> => {
    if (!file) return;
    const final = await op.start({ file, effectiveDate, dryRun });
    if (!final) return;
    if (final.state === 'failed') {
      setError(Object.values(final.error.fields ?? {}).join(' ') || final.error.message);
      return;
    }
    const imported = final.state === 'ok' ? final.result.result : null;
    if (!imported) {
      setError(t('usulanUpload.cancelled'));
      return;
    }
    setError(null);
    setResult(imported);
    if (!dryRun) onImported();
  };

  return (
    <Card withBorder data-testid="usulan-national-upload">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('usulanUpload.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('usulanUpload.explain')}
        </Text>
        <Group>
          <Button variant="light" onClick={() => void exportAs('xlsx')}>
            {t('usulanUpload.exportXlsx')}
          </Button>
          <Button variant="light" onClick={() => void exportAs('csv')}>
            {t('usulanUpload.exportCsv')}
          </Button>
        </Group>
        <FilePicker
          onUploaded={(f) => {
            setFile(f);
            setResult(null);
          }}
        />
        {file && (
          <Group align="flex-end">
            <DayInput
              label={t('usulanUpload.effectiveDate')}
              value={effectiveDate}
              onChange={setEffectiveDate}
              required
            />
            <Button variant="default" loading={busy} onClick={() => void run(true)}>
              {t('usulanUpload.dryRun')}
            </Button>
            <Button
              loading={busy}
              disabled={!result?.dryRun || result.matched === 0}
              onClick={() => void run(false)}
            >
              {t('usulanUpload.record')}
            </Button>
          </Group>
        )}
        <OperationProgress
          op={op}
          title={t('usulanUpload.progressTitle')}
          texts={{
            progressLabel: t('usulanUpload.progressLabel'),
            starting: t('usulanUpload.starting'),
            cancel: t('usulanUpload.cancel'),
            cancelling: t('usulanUpload.cancelling'),
          }}
          describe={(p) =>
            p.phase === 'cocokkan'
              ? t('usulanUpload.cocokkan', { done: p.done, total: p.total ?? '?' })
              : t('usulanUpload.baca')
          }
        />
        {error && (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        )}
        {result && <ResultRows result={result} />}
      </Stack>
    </Card>
  );
}
