// A new DTSEN proposal about a household: kind, reason, evidence, household condition, optionally from one of the person's cases.
import { Alert, Button, Fieldset, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { notifySuccess } from '../ui/notify.ts';
import type { UsulanDetail } from '../../../shared/types/usulan.ts';
import { EMPTY_USULAN_FIELDS, UsulanFields, type UsulanFieldValues } from './UsulanFields.tsx';
import { CONDITION_KINDS, type HouseholdCondition } from '../../../shared/reference/household-condition.ts';
import { ConditionFields } from './ConditionFields.tsx';

interface Props {
  householdId: string;
  personId: string;
  /** The case it comes from (a complaint "tidak terdaftar DTSEN"), when opened from one. */
  caseId: string | null;
  onClose(): void;
  onSaved(u: UsulanDetail): void;
}

export function CreateUsulanModal({ householdId, personId, caseId, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<UsulanFieldValues>(EMPTY_USULAN_FIELDS);
  const [condition, setCondition] = useState<HouseholdCondition>({});
  const [error, setError] = useState<string | null>(null);
  // Only a new entry and a data correction carry the condition (usul keluar and sanggah refuse it).
  const withCondition = CONDITION_KINDS.includes(fields.kind);
  const [busy, setBusy] = useState(false);

  const save = async (): Promise<void> => {
    setBusy(true);
    const r = await call('usulan.create', {
      householdId,
      caseId,
      personIds: [personId],
      ...fields,
      ...(withCondition ? { condition } : {}),
    });
    setBusy(false);
    if (!r.ok) {
      const messages = Object.values(r.error.fields ?? {});
      setError(messages.length > 0 ? messages.join(' ') : r.error.message);
      return;
    }
    notifySuccess(t('usulan.created'));
    onSaved(r.value);
  };

  return (
    <Modal opened onClose={onClose} title={t('usulan.createTitle')} size="lg">
      <Stack gap="sm">
        <UsulanFields value={fields} onChange={setFields} />
        {withCondition && (
          <Fieldset legend={t('usulan.conditionTitle')}>
            <Stack gap="xs">
              <ConditionFields value={condition} onChange={setCondition} />
            </Stack>
          </Fieldset>
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('usulan.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void save()}>
            {t('usulan.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
