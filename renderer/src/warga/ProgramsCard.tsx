// Program memberships of the person (PKH, Sembako, PBI-JK …); writers add one or end an active one.
import { Badge, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { LIST, useReference } from '../app/reference.tsx';
import { formatDay, officeToday, zoneOfRegion } from '../format.ts';
import { notifyError } from '../ui/notify.ts';
import type { PersonDetail } from '../../../shared/types/register.ts';
import { ProgramAddModal } from './ProgramAddModal.tsx';

interface Props {
  person: PersonDetail;
  canWrite: boolean;
  onChanged(p: PersonDetail): void;
}

const STATUS_COLOR = { aktif: 'teal', nonaktif: 'gray', diusulkan: 'blue', ditolak: 'red' } as const;

export function ProgramsCard({ person, canWrite, onChanged }: Props) {
  const { t } = useTranslation();
  const ref = useReference();
  const today = officeToday(zoneOfRegion(useApp().status.office?.regionCode));
  const [adding, setAdding] = useState(false);
  const end = async (id: string): Promise<void> => {
    const r = await call('programs.update', { id, status: 'nonaktif', periodEnd: today });
    if (r.ok) onChanged(r.value);
    else notifyError(r.error.message);
  };
  return (
    <Card withBorder data-testid="programs-card">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('warga.programs')}</Title>
        {canWrite && (
          <Button size="xs" variant="light" onClick={() => setAdding(true)}>
            {t('warga.programAdd')}
          </Button>
        )}
      </Group>
      {person.programs.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('warga.noPrograms')}
        </Text>
      ) : (
        <Table verticalSpacing={4}>
          <Table.Tbody>
            {person.programs.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {ref.label(LIST.program, m.program)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[formatDay(m.periodStart), formatDay(m.periodEnd)].filter(Boolean).join(' – ')}
                    {m.source ? ` · ${m.source}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[m.status]} variant="light">
                    {t(`programStatus.${m.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">
                  {canWrite && m.status === 'aktif' && (
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => void end(m.id)}>
                      {t('warga.end')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canWrite && (
        <ProgramAddModal
          opened={adding}
          personId={person.id}
          onClose={() => setAdding(false)}
          onSaved={(p) => {
            setAdding(false);
            onChanged(p);
          }}
        />
      )}
    </Card>
  );
}
