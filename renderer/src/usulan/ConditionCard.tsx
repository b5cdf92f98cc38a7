// A proposal's household condition on its page: editable while the office still holds it, read-only once sent.
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { notifySuccess } from '../ui/notify.ts';
import { DataRows } from '../ui/DataRows.tsx';
import {
  CONDITION_CHOICE_FIELDS,
  CONDITION_CHOICES,
  CONDITION_FIELD_LABELS,
  CONDITION_KINDS,
  HOUSEHOLD_ASSETS,
  conditionLabel,
  type HouseholdCondition,
} from '../../../shared/reference/household-condition.ts';
import type { UsulanDetail } from '../../../shared/types/usulan.ts';
import { ConditionFields } from './ConditionFields.tsx';

/** The recorded fields as label/value rows (nothing recorded: none). */
function conditionRows(c: HouseholdCondition): [string, ReactNode][] {
  const rows: [string, ReactNode][] = [];
  if (c.floorAreaM2 !== undefined) {
    rows.push([CONDITION_FIELD_LABELS.floorAreaM2, `${c.floorAreaM2.toLocaleString('id-ID')} m²`]);
  }
  for (const f of CONDITION_CHOICE_FIELDS) {
    if (c[f] !== undefined)
      rows.push([CONDITION_FIELD_LABELS[f], conditionLabel(CONDITION_CHOICES[f], c[f])]);
  }
  if (c.assets && c.assets.length > 0) {
    rows.push([
      CONDITION_FIELD_LABELS.assets,
      c.assets.map((a) => conditionLabel(HOUSEHOLD_ASSETS, a)).join(', '),
    ]);
  }
  return rows;
}

export function ConditionCard({ usulan, onSaved }: { usulan: UsulanDetail; onSaved(u: UsulanDetail): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<HouseholdCondition | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!CONDITION_KINDS.includes(usulan.kind)) return null;
  const rows = conditionRows(usulan.condition ?? {});

  const save = async (condition: HouseholdCondition): Promise<void> => {
    setBusy(true);
    const r = await call('usulan.setCondition', { id: usulan.id, condition });
    setBusy(false);
    if (!r.ok) {
      const messages = Object.values(r.error.fields ?? {});
      setError(messages.length > 0 ? messages.join(' ') : r.error.message);
      return;
    }
    setError(null);
    setDraft(null);
    notifySuccess(t('usulan.conditionSaved'));
    onSaved(r.value);
  };

  return (
    <Card withBorder data-testid="usulan-condition">
      <Title order={4} mb="xs">
        {t('usulan.conditionTitle')}
      </Title>
      {draft ? (
        <Stack gap="xs">
          <ConditionFields value={draft} onChange={setDraft} />
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDraft(null)}>
              {t('usulan.cancel')}
            </Button>
            <Button loading={busy} onClick={() => void save(draft)}>
              {t('usulan.conditionSave')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="xs">
          {rows.length > 0 ? (
            <DataRows rows={rows} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('usulan.conditionNone')}
            </Text>
          )}
          {usulan.conditionEditable ? (
            <Group>
              <Button size="xs" variant="light" onClick={() => setDraft(usulan.condition ?? {})}>
                {t('usulan.conditionEdit')}
              </Button>
            </Group>
          ) : (
            <Text size="xs" c="dimmed">
              {t('usulan.conditionReadOnly')}
            </Text>
          )}
        </Stack>
      )}
    </Card>
  );
}
