// The household's DTSEN proposals on the person page: kind, state ("Diterima, desil 3", with its effective date), and a new one.
import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { formatDay } from '../format.ts';
import { hrefTo, navigate } from '../nav/route.ts';
import { useLoad } from '../ui/use-load.ts';
import { USULAN_KIND_LABELS } from '../../../shared/reference/usulan.ts';
import type { HousingCondition } from '../../../shared/types/register.ts';
import { CreateUsulanModal } from './CreateUsulanModal.tsx';
import { DtsenHistoryList } from './DtsenHistoryList.tsx';

interface Props {
  householdId: string;
  personId: string;
  canWrite: boolean;
  /** Opened from a case's "Buat usulan DTSEN": the form opens at once, tied to that case. */
  fromCase: string | null;
  /** The household's condition in the register, which a new proposal's form starts from. */
  housing: HousingCondition | null;
}

export function HouseholdUsulanCard({ householdId, personId, canWrite, fromCase, housing }: Props) {
  const { t } = useTranslation();
  const isDinsos = useApp().status.office?.type === 'dinsos';
  const list = useLoad(() => call('usulan.list', { householdId, limit: 50 }), [householdId]);
  const [creating, setCreating] = useState(fromCase !== null && canWrite && !isDinsos);
  return (
    <Card withBorder data-testid="household-usulan">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('usulan.card')}</Title>
        {canWrite && !isDinsos && (
          <Button size="xs" variant="light" onClick={() => setCreating(true)}>
            {t('usulan.create')}
          </Button>
        )}
      </Group>
      {creating && (
        <CreateUsulanModal
          householdId={householdId}
          personId={personId}
          caseId={fromCase}
          housing={housing}
          onClose={() => setCreating(false)}
          onSaved={(u) => {
            setCreating(false);
            navigate(hrefTo('rujukan', ['usulan', u.id]));
          }}
        />
      )}
      {list.error && (
        <Text c="red" size="sm" role="alert">
          {list.error}
        </Text>
      )}
      {list.value?.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('usulan.cardEmpty')}
        </Text>
      )}
      {list.value && list.value.items.length > 0 && (
        <Table withRowBorders={false} verticalSpacing={2}>
          <Table.Tbody>
            {list.value.items.map((u) => (
              <Table.Tr
                key={u.id}
                style={{ cursor: 'pointer' }}
                onClick={() => navigate(hrefTo('rujukan', ['usulan', u.id]))}
              >
                <Table.Td>{USULAN_KIND_LABELS[u.kind]}</Table.Td>
                <Table.Td>{formatDay(u.proposedAt.slice(0, 10))}</Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Badge variant="light" data-testid="household-usulan-state">
                      {u.stateText}
                    </Badge>
                    {u.effectiveDate && (
                      <Text size="xs" c="dimmed">
                        {t('usulan.result', { desil: u.desil ?? '—', date: formatDay(u.effectiveDate) })}
                      </Text>
                    )}
                    {u.stateReason && (
                      <Text size="xs" c="dimmed" data-testid="household-usulan-reason">
                        {u.stateReason}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <DtsenHistoryList householdId={householdId} />
    </Card>
  );
}
