// The cases where the person is the beneficiary, newest first, each linking to its case detail.
import { Anchor, Card, Group, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/app-context.tsx';
import { LIST, useReference } from '../app/reference.tsx';
import { formatDate, zoneOfRegion } from '../format.ts';
import { hrefTo } from '../nav/route.ts';
import { OverdueBadge, StatusBadge } from '../ui/StatusBadge.tsx';
import type { CaseSummary } from '../../../shared/types/cases.ts';

export function PersonCasesCard({ cases }: { cases: CaseSummary[] }) {
  const { t } = useTranslation();
  const ref = useReference();
  const zone = zoneOfRegion(useApp().status.office?.regionCode);
  return (
    <Card withBorder data-testid="person-cases">
      <Title order={4} mb="sm">
        {t('warga.cases')}
      </Title>
      {cases.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('warga.noCases')}
        </Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('kasus.number')}</Table.Th>
              <Table.Th>{t('kasus.receivedAt')}</Table.Th>
              <Table.Th>{t('kasus.kind')}</Table.Th>
              <Table.Th>{t('kasus.category')}</Table.Th>
              <Table.Th>{t('kasus.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cases.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Anchor href={hrefTo('layanan', [c.id])} ff="monospace" size="sm">
                    {c.caseNumber}
                  </Anchor>
                </Table.Td>
                <Table.Td>{formatDate(c.receivedAt, zone)}</Table.Td>
                <Table.Td>{t(`caseKind.${c.kind}`)}</Table.Td>
                <Table.Td>{ref.label(LIST.category, c.category)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <StatusBadge status={c.status} />
                    {c.overdue && <OverdueBadge />}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
