// Musdes / muskel and SPTJM of the office (at Dinsos, of the kabupaten): newest first, each opening its decisions; record a new one.
import { Anchor, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { mayCall } from '../app/permissions.ts';
import { formatDay, formatNumber } from '../format.ts';
import { hrefTo, navigate } from '../nav/route.ts';
import { useLoad } from '../ui/use-load.ts';
import { MUSDES_KIND_SHORT } from '../../../shared/reference/musdes.ts';
import { MusdesForm } from './MusdesForm.tsx';

export function MusdesListScreen() {
  const { t } = useTranslation();
  const role = useApp().session.user.role;
  const [adding, setAdding] = useState(false);
  const list = useLoad(() => call('musdes.list', { limit: 500 }), []);
  const open = (id: string): void => navigate(hrefTo('rujukan', ['usulan', 'musdes', id]));

  return (
    <Stack gap="sm">
      <Anchor href={hrefTo('rujukan', ['usulan'])} size="sm">
        {t('usulan.backToList')}
      </Anchor>
      <Title order={1} size="h2">
        {t('musdes.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('musdes.explain')}
      </Text>
      {mayCall(role, 'musdes.create') &&
        (adding ? (
          <Card withBorder>
            <MusdesForm onDone={(s) => open(s.id)} onCancel={() => setAdding(false)} />
          </Card>
        ) : (
          <Group>
            <Button onClick={() => setAdding(true)} data-testid="musdes-new">
              {t('musdes.new')}
            </Button>
          </Group>
        ))}
      {list.error && (
        <Text c="red" size="sm" role="alert">
          {list.error}
        </Text>
      )}
      <Text size="sm" c="dimmed" aria-live="polite">
        {list.value ? t('musdes.count', { n: formatNumber(list.value.total) }) : t('common.loading')}
      </Text>
      {list.value && list.value.items.length > 0 && (
        <Table highlightOnHover aria-label={t('musdes.title')} data-testid="musdes-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('musdes.heldOn')}</Table.Th>
              <Table.Th>{t('musdes.kind')}</Table.Th>
              <Table.Th>{t('musdes.desa')}</Table.Th>
              <Table.Th>{t('musdes.chair')}</Table.Th>
              <Table.Th>{t('musdes.decided')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.value.items.map((s) => (
              <Table.Tr key={s.id} data-musdes-id={s.id}>
                <Table.Td>
                  <Anchor href={hrefTo('rujukan', ['usulan', 'musdes', s.id])}>{formatDay(s.heldOn)}</Anchor>
                </Table.Td>
                <Table.Td>{MUSDES_KIND_SHORT[s.kind]}</Table.Td>
                <Table.Td>{s.desaName}</Table.Td>
                <Table.Td>{s.chair}</Table.Td>
                <Table.Td>{t('musdes.decidedCount', { approved: s.approved, refused: s.refused })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
