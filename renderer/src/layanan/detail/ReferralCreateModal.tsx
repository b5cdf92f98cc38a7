// A new referral letter: destination, reason, letter date and days until its follow-up (default 14).
import { Alert, Button, Group, Modal, NumberInput, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useApp } from '../../app/app-context.tsx';
import { LIST, useReference } from '../../app/reference.tsx';
import { officeToday, zoneOfRegion } from '../../format.ts';
import { fieldErrorsOf, type FieldErrors } from '../../ui/field-errors.ts';
import { formKeys } from '../../ui/keyboard.ts';
import { notifySuccess } from '../../ui/notify.ts';
import { REFERRAL_OVERDUE_DAYS } from '../../../../shared/reference/destinations.ts';
import type { CaseDetail } from '../../../../shared/types/cases.ts';
import { DayInput } from '../../ui/DayInput.tsx';
import { SearchSelect } from '../../ui/SearchSelect.tsx';

interface Props {
  opened: boolean;
  c: CaseDetail;
  onClose(): void;
  onSaved(c: CaseDetail): void;
}

export function ReferralCreateModal({ opened, c, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const ref = useReference();
  const today = officeToday(zoneOfRegion(useApp().status.office?.regionCode));
  const [destination, setDestination] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [letterDate, setLetterDate] = useState(today);
  const [days, setDays] = useState<number>(REFERRAL_OVERDUE_DAYS);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (): Promise<void> => {
    const local: FieldErrors = {};
    if (!destination) local.destination = t('rujukan.chooseDestination');
    if (reason.trim().length < 5) local.reason = t('rujukan.reasonShort');
    setErrors(local);
    if (!destination || Object.keys(local).length > 0) return;
    setBusy(true);
    const r = await call('referrals.create', {
      caseId: c.id,
      destination,
      reason,
      letterDate,
      followUpDays: days,
    });
    setBusy(false);
    if (!r.ok) {
      setErrors(fieldErrorsOf(r.error));
      return setFailure(r.error.message);
    }
    setDestination(null);
    setReason('');
    setFailure(null);
    notifySuccess(t('rujukan.created'));
    onSaved(r.value);
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('rujukan.create')} size="lg">
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
            label={t('rujukan.destination')}
            data={ref.options(LIST.destination).map((o) => ({ value: o.value, label: o.label }))}
            value={destination}
            onChange={setDestination}
            error={errors.destination}
            required
            data-autofocus
            maxDropdownHeight={260}
          />
          <Textarea
            label={t('rujukan.reason')}
            description={t('common.enterHint')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
            autosize
            minRows={3}
            required
          />
          <Group grow align="flex-start">
            <DayInput
              label={t('rujukan.letterDate')}
              value={letterDate}
              onChange={(v) => setLetterDate(v)}
              error={errors.letterDate}
            />
            <NumberInput
              label={t('rujukan.followUpDays')}
              value={days}
              onChange={(v) => setDays(typeof v === 'number' ? v : Number(v) || REFERRAL_OVERDUE_DAYS)}
              min={1}
              max={90}
              allowDecimal={false}
              error={errors.followUpDays}
            />
          </Group>
          {failure && <Alert color="red">{failure}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('rujukan.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
