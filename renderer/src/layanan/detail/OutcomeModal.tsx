// Records what the program or agency answered to a referral: outcome, date and a note.
import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useApp } from '../../app/app-context.tsx';
import { officeToday, zoneOfRegion } from '../../format.ts';
import { fieldErrorsOf, type FieldErrors } from '../../ui/field-errors.ts';
import { formKeys } from '../../ui/keyboard.ts';
import {
  REFERRAL_OUTCOMES,
  type CaseDetail,
  type Referral,
  type ReferralOutcome,
} from '../../../../shared/types/cases.ts';
import { DayInput } from '../../ui/DayInput.tsx';
import { SearchSelect } from '../../ui/SearchSelect.tsx';

interface Props {
  referral: Referral | null;
  onClose(): void;
  onSaved(c: CaseDetail): void;
}

export function OutcomeModal({ referral, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const today = officeToday(zoneOfRegion(useApp().status.office?.regionCode));
  const [outcome, setOutcome] = useState<ReferralOutcome | null>(null);
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setOutcome(null);
    setNote('');
    setErrors({});
    setFailure(null);
  }, [referral]);

  const submit = async (): Promise<void> => {
    if (!referral) return;
    if (!outcome) return setErrors({ outcome: t('rujukan.chooseOutcome') });
    setBusy(true);
    const r = await call('referrals.recordOutcome', {
      id: referral.id,
      outcome,
      outcomeDate: date,
      note: note.trim() || null,
    });
    setBusy(false);
    if (r.ok) return onSaved(r.value);
    setErrors(fieldErrorsOf(r.error));
    setFailure(r.error.message);
  };

  return (
    <Modal
      opened={referral !== null}
      onClose={onClose}
      title={t('rujukan.recordOutcomeFor', { letter: referral?.letterNumber ?? '' })}
    >
      <form
        noValidate
        onKeyDown={formKeys()}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <SearchSelect
            label={t('rujukan.outcome')}
            data={REFERRAL_OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
            value={outcome}
            onChange={(v) => setOutcome(v as ReferralOutcome | null)}
            error={errors.outcome}
            required
            data-autofocus
          />
          <DayInput
            label={t('rujukan.outcomeDate')}
            value={date}
            onChange={(v) => setDate(v)}
            error={errors.outcomeDate}
            required
          />
          <Textarea
            label={t('kasus.noteOptional')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          {failure && <Alert color="red">{failure}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
