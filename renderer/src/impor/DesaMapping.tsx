// Impor data: each desa name the office's area does not know, with its row count and a select of the office's desa (or "biarkan sebagai galat").
import { NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DESA_AS_ERROR, type ImportDryRunSummary } from '../../../shared/types/imports.ts';
import { formatNumber } from '../format.ts';

/** The select value of "not chosen yet" (the rows are held back). */
const UNCHOSEN = '';

interface Props {
  summary: Pick<ImportDryRunSummary, 'desaChoices' | 'officeDesa'>;
  busy: boolean;
  /** The clerk's choice for a name's key: a desa code, DESA_AS_ERROR, or null to clear it. */
  onChoose(key: string, choice: string | null): void;
}

export function DesaMapping({ summary, busy, onChoose }: Props) {
  const { t } = useTranslation();
  if (summary.desaChoices.length === 0) return null;
  const options = [
    { value: UNCHOSEN, label: t('imports.desa.unchosen') },
    { value: DESA_AS_ERROR, label: t('imports.desa.asError') },
    ...summary.officeDesa.map((d) => ({ value: d.code, label: d.name })),
  ];
  return (
    <Stack gap="xs" component="section" aria-labelledby="impor-desa-title" data-testid="impor-desa">
      <Title order={4} size="h5" id="impor-desa-title">
        {t('imports.desa.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('imports.desa.hint')}
      </Text>
      <Table withTableBorder fz="sm" layout="fixed" maw={820}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('imports.desa.written')}</Table.Th>
            <Table.Th w={110}>{t('imports.desa.rows')}</Table.Th>
            <Table.Th w={320}>{t('imports.desa.mapTo')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {summary.desaChoices.map((c) => (
            <Table.Tr key={c.key} data-desa={c.key}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{c.written}</Table.Td>
              <Table.Td>{formatNumber(c.rows)}</Table.Td>
              <Table.Td>
                <NativeSelect
                  aria-label={t('imports.desa.selectLabel', { name: c.written })}
                  data={options}
                  value={c.chosen ?? UNCHOSEN}
                  disabled={busy}
                  onChange={(e) => onChoose(c.key, e.currentTarget.value || null)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
