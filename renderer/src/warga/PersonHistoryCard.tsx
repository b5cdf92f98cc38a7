// Who viewed or changed this person's record, and when (from the audit log, in the audit screen's words).
import { Card, ScrollArea, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/app-context.tsx';
import { formatDateTime, zoneOfRegion } from '../format.ts';
import { describeAction, describeUser } from '../settings/audit-wording.ts';
import type { PersonHistoryEntry } from '../../../shared/types/register.ts';

export function PersonHistoryCard({ history }: { history: PersonHistoryEntry[] }) {
  const { t } = useTranslation();
  const zone = zoneOfRegion(useApp().status.office?.regionCode);
  return (
    <Card withBorder data-testid="person-history">
      <Title order={4} mb="sm">
        {t('warga.history')}
      </Title>
      {history.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('warga.noHistory')}
        </Text>
      ) : (
        <ScrollArea.Autosize mah={280}>
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('audit.at')}</Table.Th>
                <Table.Th>{t('audit.username')}</Table.Th>
                <Table.Th>{t('audit.action')}</Table.Th>
                <Table.Th>{t('audit.detail')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.map((h, i) => (
                <Table.Tr key={`${h.at}-${i}`}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(h.at, zone)}</Table.Td>
                  <Table.Td>{describeUser(h)}</Table.Td>
                  <Table.Td data-action={h.action}>
                    {describeAction(t, { action: h.action, subjectLabel: null, entityId: null })}
                  </Table.Td>
                  <Table.Td>{h.detail}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
    </Card>
  );
}
