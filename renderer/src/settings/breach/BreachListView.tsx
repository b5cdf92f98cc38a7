// Whose data the chosen source held: counts per category and the first residents (the draft holds them all).
import { Badge, Group, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DATA_CATEGORIES, type BreachList } from '../../../../shared/types/breach.ts';

const SHOWN = 200;

export function BreachListView({ list }: { list: BreachList }) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={3} size="h4" data-testid="breach-count">
        {t('breach.listTitle', { count: list.persons.length })}
      </Title>
      <Text size="sm" c="dimmed">
        {list.label} — {list.basis}
      </Text>
      <Group gap="xs" aria-label={t('breach.byCategory')}>
        {DATA_CATEGORIES.filter((c) => list.counts[c] > 0).map((c) => (
          <Badge key={c} variant="light">
            {t(`breach.categories.${c}`)}: {list.counts[c]}
          </Badge>
        ))}
      </Group>
      {list.persons.length > 0 && (
        <Table striped aria-label={t('breach.listTitle', { count: list.persons.length })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('breach.columns.name')}</Table.Th>
              <Table.Th>{t('breach.columns.nik')}</Table.Th>
              <Table.Th>{t('breach.columns.address')}</Table.Th>
              <Table.Th>{t('breach.columns.categories')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.persons.slice(0, SHOWN).map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{p.name}</Table.Td>
                <Table.Td>{p.nik ?? '-'}</Table.Td>
                <Table.Td>{p.address ?? '-'}</Table.Td>
                <Table.Td>{p.categories.map((c) => t(`breach.categories.${c}`)).join(', ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {list.persons.length > SHOWN && (
        <Text size="sm">{t('breach.more', { count: list.persons.length - SHOWN })}</Text>
      )}
    </>
  );
}
