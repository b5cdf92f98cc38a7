// The NIK field of "Ubah data": the intake's offline checks, hard errors under it, warnings beside it with a reason.
import { Alert, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseDigits } from '../../../shared/validation/nik.ts';
import { nikHint, nikIssueText } from '../layanan/intake/nik-messages.ts';
import { editNikCheck, type PersonEditDraft } from './person-edit-draft.ts';

interface Props {
  draft: PersonEditDraft;
  set(patch: Partial<PersonEditDraft>): void;
  /** Show hard errors even before 16 digits are typed (after a submit attempt). */
  showErrors: boolean;
  errors: { nik?: string | undefined; nikOverrideReason?: string | undefined };
}

export function EditNikField({ draft, set, showErrors, errors }: Props) {
  const { t } = useTranslation();
  const [touched, setTouched] = useState(false);
  const check = editNikCheck(draft);
  const complete = normaliseDigits(draft.nik).length >= 16;
  const hardError = check?.errors[0];
  const shownError =
    errors.nik ??
    (hardError && (complete || touched || showErrors) ? nikIssueText(hardError, t, draft.nik) : undefined);
  const warnings = check?.warnings ?? [];

  return (
    <Stack gap={6}>
      <TextInput
        id="edit-nik"
        label={t('person.nik')}
        description={
          check?.parsed && warnings.length === 0 ? nikHint(check.parsed, t) : t('warga.edit.nikHelp')
        }
        value={draft.nik}
        onChange={(e) => set({ nik: e.currentTarget.value })}
        onBlur={() => setTouched(true)}
        error={shownError}
        inputMode="numeric"
        autoComplete="off"
        maxLength={24}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        w={300}
        data-testid="edit-nik-input"
      />
      {warnings.length > 0 && (
        <Alert color="yellow" variant="light" p="xs" data-testid="edit-nik-warning" role="status">
          <Stack gap={6}>
            {warnings.map((w) => (
              <Text size="sm" key={w.code}>
                {nikIssueText(w, t, draft.nik)}
              </Text>
            ))}
            <Text size="xs" c="dimmed">
              {t('intake.nik.fixOrReason')}
            </Text>
            <TextInput
              id="edit-nikOverrideReason"
              label={t('person.nikOverrideReason')}
              value={draft.nikOverrideReason}
              onChange={(e) => set({ nikOverrideReason: e.currentTarget.value })}
              error={errors.nikOverrideReason}
              size="xs"
            />
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
