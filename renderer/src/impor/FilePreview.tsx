// Impor data: the sheet and header-row choice, with the file's first rows shown so the clerk sees where the header is.
import { Button, Group, NativeSelect, NumberInput, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportDryRunSummary } from '../../../shared/types/imports.ts';

interface Props {
  read: ImportDryRunSummary;
  busy: boolean;
  onReread(sheet: string, headerRow: number): void;
}

export function FilePreview({ read, busy, onReread }: Props) {
  const { t } = useTranslation();
  const [sheet, setSheet] = useState(read.sheet);
  const [headerRow, setHeaderRow] = useState<number>(read.headerRow);
  useEffect(() => {
    setSheet(read.sheet);
    setHeaderRow(read.headerRow);
  }, [read.sheet, read.headerRow]);
  const width = Math.max(0, ...read.preview.map((r) => r.length));

  return (
    <section aria-labelledby="impor-preview-title">
      <Group align="end" gap="sm" mb="sm">
        {read.sheets.length > 1 && (
          <NativeSelect
            label={t('imports.file.sheet')}
            data={read.sheets}
            value={sheet}
            onChange={(e) => setSheet(e.currentTarget.value)}
          />
        )}
        <NumberInput
          label={t('imports.file.headerRow')}
          min={1}
          max={Math.max(1, read.preview.length)}
          value={headerRow}
          onChange={(v) => setHeaderRow(typeof v === 'number' ? v : read.headerRow)}
          w={220}
        />
        <Button variant="default" loading={busy} onClick={() => onReread(sheet, headerRow)}>
          {t('imports.file.reread')}
        </Button>
      </Group>
      <Title order={3} size="h5" id="impor-preview-title">
        {t('imports.file.previewTitle')}
      </Title>
      {/* Wide files scroll inside this box, never the page. */}
      <Table.ScrollContainer minWidth={Math.min(1200, 120 * width)} maw="100%">
        <Table withTableBorder fz="xs" data-testid="impor-preview">
          <Table.Tbody>
            {read.preview.map((row, i) => (
              <Table.Tr key={i} bg={i + 1 === read.headerRow ? 'var(--mantine-color-blue-light)' : undefined}>
                <Table.Th scope="row" w={60}>
                  <Text size="xs" c="dimmed" span>
                    {t('imports.file.previewRow')} {i + 1}
                  </Text>
                </Table.Th>
                {Array.from({ length: width }, (_, j) => (
                  <Table.Td key={j} maw={180} style={{ overflowWrap: 'anywhere' }}>
                    {row[j] ?? ''}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
