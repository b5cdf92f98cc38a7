// Follow-ups of a case (due date, done date, note), overdue ones highlighted; writers add or complete them.
import { Badge, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useApp } from '../../app/app-context.tsx';
import { formatDay, officeToday, zoneOfRegion } from '../../format.ts';
import { notifyError } from '../../ui/notify.ts';
import { OverdueBadge } from '../../ui/StatusBadge.tsx';
import { addDays } from '../../../../shared/time/office-zone.ts';
import type { CaseDetail, FollowUp } from '../../../../shared/types/cases.ts';
import { DateNoteModal } from './DateNoteModal.tsx';

interface Props {
  c: CaseDetail;
  canWrite: boolean;
  onChanged(c: CaseDetail): void;
}

type Editing = { kind: 'create' } | { kind: 'complete'; followUp: FollowUp } | null;

export function FollowUpsCard({ c, canWrite, onChanged }: Props) {
  const { t } = useTranslation();
  const today = officeToday(zoneOfRegion(useApp().status.office?.regionCode));
  const [editing, setEditing] = useState<Editing>(null);
  const open = c.closedAt === null;

  const save = async (date: string, note: string | null): Promise<string | null> => {
    if (!editing) return null;
    const r =
      editing.kind === 'create'
        ? await call('followUps.create', { caseId: c.id, dueDate: date, note })
        : await call('followUps.complete', { id: editing.followUp.id, doneDate: date, note });
    if (!r.ok) {
      notifyError(r.error.message);
      return r.error.fields?.dueDate ?? r.error.fields?.doneDate ?? r.error.message;
    }
    setEditing(null);
    onChanged(r.value);
    return null;
  };

  return (
    <Card withBorder data-testid="followups-card">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('followUp.title')}</Title>
        {canWrite && open && (
          <Button size="xs" variant="light" onClick={() => setEditing({ kind: 'create' })}>
            {t('followUp.add')}
          </Button>
        )}
      </Group>
      {c.followUps.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('followUp.none')}
        </Text>
      ) : (
        <Table verticalSpacing="xs">
          <Table.Tbody>
            {c.followUps.map((f) => (
              <Table.Tr
                key={f.id}
                data-overdue={f.overdue || undefined}
                bg={f.overdue ? 'var(--mantine-color-red-0)' : undefined}
              >
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {t('followUp.due', { day: formatDay(f.dueDate) })}
                  </Text>
                  {f.note && (
                    <Text size="xs" c="dimmed">
                      {f.note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {f.doneDate ? (
                    <Badge color="teal" variant="light">
                      {t('followUp.done', { day: formatDay(f.doneDate) })}
                    </Badge>
                  ) : f.overdue ? (
                    <OverdueBadge />
                  ) : (
                    <Badge variant="light">{t('followUp.open')}</Badge>
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  {canWrite && !f.doneDate && (
                    <Button
                      size="compact-sm"
                      variant="light"
                      onClick={() => setEditing({ kind: 'complete', followUp: f })}
                    >
                      {t('followUp.complete')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <DateNoteModal
        opened={editing !== null}
        title={editing?.kind === 'complete' ? t('followUp.complete') : t('followUp.add')}
        dateLabel={editing?.kind === 'complete' ? t('followUp.doneDate') : t('followUp.dueDate')}
        initialDate={editing?.kind === 'complete' ? today : addDays(today, 14)}
        onClose={() => setEditing(null)}
        onSave={save}
      />
    </Card>
  );
}
