// The person's household: No KK with its history (writers change it), address, DTSEN desil and the members.
import { Anchor, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegions } from '../app/regions.tsx';
import { formatDay } from '../format.ts';
import { hrefTo } from '../nav/route.ts';
import { DataRows } from '../ui/DataRows.tsx';
import { IdNumber } from '../ui/IdNumber.tsx';
import type { PersonDetail } from '../../../shared/types/register.ts';
import { KkChangeModal } from './KkChangeModal.tsx';

interface Props {
  person: PersonDetail;
  canWrite: boolean;
  onChanged(p: PersonDetail): void;
}

export function HouseholdCard({ person, canWrite, onChanged }: Props) {
  const { t } = useTranslation();
  const regions = useRegions();
  const [changingKk, setChangingKk] = useState(false);
  const h = person.household;
  if (!h) {
    return (
      <Card withBorder data-testid="household-card">
        <Title order={4} mb="sm">
          {t('warga.household')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('warga.noHousehold')}
        </Text>
      </Card>
    );
  }
  const rtRw = [h.rt, h.rw].some(Boolean) ? `${h.rt ?? '—'} / ${h.rw ?? '—'}` : '—';
  return (
    <Card withBorder data-testid="household-card">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('warga.household')}</Title>
        {canWrite && (
          <Button size="xs" variant="light" onClick={() => setChangingKk(true)}>
            {t('warga.kkChange.open')}
          </Button>
        )}
      </Group>
      {changingKk && (
        <KkChangeModal
          household={h}
          onClose={() => setChangingKk(false)}
          onSaved={(household) => {
            setChangingKk(false);
            onChanged({ ...person, household });
          }}
        />
      )}
      <DataRows
        rows={[
          [t('person.noKk'), <IdNumber key="kk" value={h.noKk} />],
          [t('household.head'), h.headName ?? '—'],
          [t('household.address'), h.address],
          [t('household.rtRw'), rtRw],
          ...(h.dusun ? [[t('household.dusun'), h.dusun] as [string, string]] : []),
          [t('person.desa'), `${regions.name(h.desaCode)} (${h.desaCode})`],
          [t('household.desil'), h.dtsenDesil ? String(h.dtsenDesil) : '—'],
        ]}
      />
      <Stack gap={4} mt="md">
        <Text fw={600} size="sm">
          {t('warga.members')}
        </Text>
        <Table withRowBorders={false} verticalSpacing={2} data-testid="household-members">
          <Table.Tbody>
            {person.members.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>
                  {m.id === person.id ? (
                    <Text size="sm" fw={600}>
                      {m.name}
                    </Text>
                  ) : (
                    <Anchor href={hrefTo('warga', [m.id])} size="sm">
                      {m.name}
                    </Anchor>
                  )}
                </Table.Td>
                <Table.Td>
                  <IdNumber value={m.nik} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDay(m.birthDate)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text fw={600} size="sm" mt="sm">
          {t('warga.kkHistory')}
        </Text>
        {h.kkHistory.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('warga.noKk')}
          </Text>
        )}
        <Table withRowBorders={false} verticalSpacing={2} data-testid="kk-history">
          <Table.Tbody>
            {h.kkHistory.map((k) => (
              <Table.Tr key={`${k.noKk}-${k.validFrom}`}>
                <Table.Td>
                  <IdNumber value={k.noKk} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t('warga.kkFrom', { day: formatDay(k.validFrom) })}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {k.reason}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Card>
  );
}
