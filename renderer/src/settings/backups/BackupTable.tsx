// A table of backup files (on this PC or on the stick) with Periksa and Pulihkan per row.
import { Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber, type OfficeZone } from '../../format.ts';

export interface BackupRow {
  fileName: string;
  takenAt: string | null;
  kind: string | null;
  bytes: number;
}

/** `pra-migrasi-v3` → the label of `pra-migrasi`; unknown pre-action kinds share one label. */
export function kindKey(
  kind: string,
): 'harian' | 'manual' | 'pra-impor' | 'pra-pemulihan' | 'pra-migrasi' | 'other' {
  const base = kind.replace(/-v\d+$/, '');
  return base === 'harian' ||
    base === 'manual' ||
    base === 'pra-impor' ||
    base === 'pra-pemulihan' ||
    base === 'pra-migrasi'
    ? base
    : 'other';
}

export const megabytes = (bytes: number): string => `${formatNumber(bytes / 1_048_576, 1)} MB`;

interface Props {
  rows: BackupRow[];
  zone: OfficeZone;
  busy: string | null;
  onVerify(fileName: string): void;
  onRestore(fileName: string): void;
  label: string;
}

export function BackupTable({ rows, zone, busy, onVerify, onRestore, label }: Props) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Text c="dimmed">{t('backups.none')}</Text>;
  return (
    <Table striped aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('backups.columns.takenAt')}</Table.Th>
          <Table.Th>{t('backups.columns.kind')}</Table.Th>
          <Table.Th>{t('backups.columns.size')}</Table.Th>
          <Table.Th>{t('backups.columns.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((b) => (
          <Table.Tr key={b.fileName} data-file={b.fileName}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {b.takenAt ? formatDateTime(b.takenAt, zone) : b.fileName}
            </Table.Td>
            <Table.Td>{b.kind ? t(`backups.kinds.${kindKey(b.kind)}`) : ''}</Table.Td>
            <Table.Td>{megabytes(b.bytes)}</Table.Td>
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                <Button
                  size="xs"
                  variant="default"
                  loading={busy === b.fileName}
                  onClick={() => onVerify(b.fileName)}
                >
                  {t('backups.verify')}
                </Button>
                <Button size="xs" variant="light" color="orange" onClick={() => onRestore(b.fileName)}>
                  {t('backups.restore')}
                </Button>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
