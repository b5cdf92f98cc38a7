// A new DTSEN proposal about a household: kind, reason, evidence, household condition, optionally from one of the person's cases.
import { Alert, Button, Fieldset, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { notifySuccess } from '../ui/notify.ts';
import type { UsulanDetail } from '../../../shared/types/usulan.ts';
import { EMPTY_USULAN_FIELDS, UsulanFields, type UsulanFieldValues } from './UsulanFields.tsx';
import {
  CONDITION_KINDS,
  conditionFromHousehold,
  isEmptyCondition,
  type HouseholdCondition,
} from '../../../shared/reference/household-condition.ts';
import type { HousingCondition } from '../../../shared/types/register.ts';
import { ConditionFields } from './ConditionFields.tsx';

interface Props {
  householdId: string;
  personId: string;
  /** The case it comes from (a complaint "tidak terdaftar DTSEN"), when opened from one. */
  caseId: string | null;
  /** What the register holds on the household: the condition starts from it (the clerk checks and corrects). */
  housing: HousingCondition | null;
  onClose(): void;
  onSaved(u: UsulanDetail): void;
}

export function CreateUsulanModal({ householdId, personId, caseId, housing, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<UsulanFieldValues>(EMPTY_USULAN_FIELDS);
  const [prefilled] = useState<HouseholdCondition>(() => (housing ? conditionFromHousehold(housing) : {}));
  const [condition, setCondition] = useState<HouseholdCondition>(prefilled);
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
              {!isEmptyCondition(prefilled) && (
                <Text size="xs" c="dimmed" data-testid="usulan-condition-prefilled">
                  {t('usulan.conditionPrefilled')}
                </Text>
              )}
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
