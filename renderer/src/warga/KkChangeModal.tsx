// "Ganti No KK": a new family card number for the household, valid from a day, with a reason (households.changeKk).
import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { officeToday, zoneOfRegion } from '../format.ts';
import { fieldErrorsOf, formMessage, type FieldErrors } from '../ui/field-errors.ts';
import { formKeys } from '../ui/keyboard.ts';
import { DayInput } from '../ui/DayInput.tsx';
import { normaliseDigits } from '../../../shared/validation/nik.ts';
import { isIsoDate } from '../../../shared/validation/calendar.ts';
import type { Household } from '../../../shared/types/register.ts';

interface Props {
  household: Household;
  onClose(): void;
  onSaved(h: Household): void;
}

export function KkChangeModal({ household, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const today = officeToday(zoneOfRegion(useApp().status.office?.regionCode));
  const [noKk, setNoKk] = useState('');
  const [validFrom, setValidFrom] = useState(today);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (): Promise<void> => {
    setFailure(null);
    const local: FieldErrors = {};
    const digits = normaliseDigits(noKk);
    if (!/^\d{16}$/.test(digits)) local.noKk = t('intake.errors.noKk');
    else if (digits === household.noKk) local.noKk = t('warga.kkChange.same');
    if (!isIsoDate(validFrom)) local.validFrom = t('warga.kkChange.badDay');
    if (reason.trim().length < 3) local.reason = t('warga.kkChange.reasonNeeded');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    const r = await call('households.changeKk', {
      id: household.id,
      noKk: digits,
      validFrom,
      reason: reason.trim(),
    });
    setBusy(false);
    if (r.ok) return onSaved(r.value);
    setErrors(fieldErrorsOf(r.error));
    setFailure(formMessage(r.error, ['noKk', 'validFrom', 'reason']));
  };

  return (
    <Modal opened onClose={onClose} title={t('warga.kkChange.title')}>
      <form
        noValidate
        aria-label={t('warga.kkChange.title')}
        onKeyDown={formKeys()}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <TextInput
            label={t('warga.kkChange.newKk')}
            description={t('warga.kkChange.newKkHelp')}
            value={noKk}
            onChange={(e) => setNoKk(e.currentTarget.value)}
            error={errors.noKk}
            inputMode="numeric"
            autoComplete="off"
            maxLength={24}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            required
            data-autofocus
          />
          <DayInput
            label={t('warga.kkChange.validFrom')}
            value={validFrom}
            onChange={setValidFrom}
            error={errors.validFrom}
            required
          />
          <TextInput
            label={t('warga.kkChange.reason')}
            placeholder={t('warga.kkChange.reasonPlaceholder')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
            required
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
