// PPKS categories of the person (Permensos 8/2012); writers add one or end an active one.
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { LIST, useReference } from '../app/reference.tsx';
import { formatDay } from '../format.ts';
import { notifyError } from '../ui/notify.ts';
import type { PersonDetail } from '../../../shared/types/register.ts';
import { PpksAssignModal } from './PpksAssignModal.tsx';

interface Props {
  person: PersonDetail;
  canWrite: boolean;
  onChanged(p: PersonDetail): void;
}

export function PpksCard({ person, canWrite, onChanged }: Props) {
  const { t } = useTranslation();
  const ref = useReference();
  const [adding, setAdding] = useState(false);
  const end = async (id: string): Promise<void> => {
    const r = await call('ppks.end', { id });
    if (r.ok) onChanged(r.value);
    else notifyError(r.error.message);
  };
  return (
    <Card withBorder data-testid="ppks-card">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('warga.ppks')}</Title>
        {canWrite && (
          <Button size="xs" variant="light" onClick={() => setAdding(true)}>
            {t('warga.ppksAdd')}
          </Button>
        )}
      </Group>
      {person.ppks.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('warga.noPpks')}
        </Text>
      )}
      <Stack gap="xs">
        {person.ppks.map((a) => (
          <Group key={a.id} justify="space-between" wrap="nowrap">
            <div>
              <Text size="sm" fw={600} td={a.active ? undefined : 'line-through'}>
                {ref.label(LIST.ppks, a.category)}
                {a.disabilityType ? ` (${ref.label(LIST.disability, a.disabilityType)})` : ''}
              </Text>
              <Text size="xs" c="dimmed">
                {t('warga.since', { day: formatDay(a.since) })} · {a.source}
              </Text>
            </div>
            {a.active ? (
              canWrite && (
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => void end(a.id)}>
                  {t('warga.end')}
                </Button>
              )
            ) : (
              <Badge color="gray" variant="light">
                {t('warga.ended')}
              </Badge>
            )}
          </Group>
        ))}
      </Stack>
      {canWrite && (
        <PpksAssignModal
          opened={adding}
          person={person}
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
