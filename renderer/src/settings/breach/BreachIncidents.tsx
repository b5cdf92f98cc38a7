// The recorded breaches with their 3 × 24-hour deadline, and the notification draft as PDF or XLSX per breach.
import { Button, Group, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useApp } from '../../app/app-context.tsx';
import { formatDateTime, zoneOfRegion } from '../../format.ts';
import { saveGeneratedFile } from '../../ui/download.ts';
import { notifyError } from '../../ui/notify.ts';
import type { BreachIncident } from '../../../../shared/types/breach.ts';

interface Props {
  incidents: BreachIncident[];
}

export function BreachIncidents({ incidents }: Props) {
  const { t } = useTranslation();
  const zone = zoneOfRegion(useApp().status.office?.regionCode);
  const [busy, setBusy] = useState<string | null>(null);

  const draft = async (incidentId: string, format: 'pdf' | 'xlsx'): Promise<void> => {
    setBusy(`${incidentId}/${format}`);
    const r = await call('breach.draft', { incidentId, format });
    setBusy(null);
    if (r.ok) saveGeneratedFile(r.value);
    else notifyError(r.error.message);
  };

  const left = (deadline: string): string => {
    const hours = Math.floor((Date.parse(deadline) - Date.now()) / 3_600_000);
    return hours < 0 ? t('breach.overdue') : t('breach.hoursLeft', { hours });
  };

  return (
    <>
      <Title order={3} size="h4">
        {t('breach.incidents')}
      </Title>
      {incidents.length === 0 ? (
        <Text c="dimmed">{t('breach.noIncidents')}</Text>
      ) : (
        <Table striped aria-label={t('breach.incidents')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('breach.incidentColumns.recordedAt')}</Table.Th>
              <Table.Th>{t('breach.incidentColumns.source')}</Table.Th>
              <Table.Th>{t('breach.incidentColumns.persons')}</Table.Th>
              <Table.Th>{t('breach.incidentColumns.deadline')}</Table.Th>
              <Table.Th>{t('breach.incidentColumns.draft')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {incidents.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>{formatDateTime(i.recordedAt, zone)}</Table.Td>
                <Table.Td>{i.sourceLabel}</Table.Td>
                <Table.Td>{i.personCount}</Table.Td>
                <Table.Td>
                  {formatDateTime(i.deadline, zone)} ({left(i.deadline)})
                </Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    {(['pdf', 'xlsx'] as const).map((format) => (
                      <Button
                        key={format}
                        size="xs"
                        variant="light"
                        loading={busy === `${i.id}/${format}`}
                        onClick={() => void draft(i.id, format)}
                      >
                        {format === 'pdf' ? t('breach.draftPdf') : t('breach.draftXlsx')}
                      </Button>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
