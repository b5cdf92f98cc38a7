// Dinsos: the verified proposals as the national upload file (XLSX/CSV), and the result file imported back (dry run first).
import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { FilePicker } from '../impor/FilePicker.tsx';
import { DayInput } from '../ui/DayInput.tsx';
import { saveGeneratedFile } from '../ui/download.ts';
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
  const [busy, setBusy] = useState(false);

  const exportAs = async (format: 'xlsx' | 'csv'): Promise<void> => {
    const r = await call('usulan.export', { state: 'diverifikasi', format });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    saveGeneratedFile(r.value);
  };

  const run = async (dryRun: boolean): Promise<void> => {
    if (!file) return;
    setBusy(true);
    const r = await call('usulan.importResult', { file, effectiveDate, dryRun });
    setBusy(false);
    if (!r.ok) {
      setError(Object.values(r.error.fields ?? {}).join(' ') || r.error.message);
      return;
    }
    setError(null);
    setResult(r.value);
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
