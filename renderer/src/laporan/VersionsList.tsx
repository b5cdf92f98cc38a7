// Finalized versions of the month: number, when and by whom, signature check, and each version's PDF.
import { Badge, Button, Card, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, type OfficeZone } from '../format.ts';
import type { ReportVersionInfo } from '../../../shared/types/reports.ts';

interface Props {
  versions: ReportVersionInfo[];
  zone: OfficeZone;
  /** Downloads that version's PDF (the monthly report's export operation). */
  onDownload(version: number): Promise<unknown>;
}

export function VersionsList({ versions, zone, onDownload }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<number | null>(null);
  return (
    <Card withBorder data-testid="report-versions">
      <Title order={5} mb="xs">
        {t('laporan.versions.title')}
      </Title>
      {versions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('laporan.versions.none')}
        </Text>
      ) : (
        <Table fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('laporan.versions.version')}</Table.Th>
              <Table.Th>{t('laporan.versions.finalizedAt')}</Table.Th>
              <Table.Th>{t('laporan.versions.by')}</Table.Th>
              <Table.Th>{t('laporan.versions.signature')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...versions]
              .sort((a, b) => b.version - a.version)
              .map((v) => (
                <Table.Tr key={v.id} data-version={v.version}>
                  <Table.Td fw={700}>v{v.version}</Table.Td>
                  <Table.Td>{formatDateTime(v.finalizedAt, zone)}</Table.Td>
                  <Table.Td>
                    {v.finalizedBy.name} ({t(`role.${v.finalizedBy.role}`)})
                  </Table.Td>
                  <Table.Td>
                    <Badge color={v.signatureValid ? 'green' : 'red'} variant="light">
                      {v.signatureValid ? t('laporan.versions.valid') : t('laporan.versions.invalid')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="light"
                      loading={busy === v.version}
                      onClick={() => {
                        setBusy(v.version);
                        void onDownload(v.version).finally(() => setBusy(null));
                      }}
                    >
                      {t('laporan.versions.pdf')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
