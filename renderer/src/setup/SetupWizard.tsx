// First-run setup: a four-step wizard (office type, region, letterhead, first admin), then the fingerprint.
import { Alert, Button, Container, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { focusFirstField } from './focus-step.ts';
import { call } from '../api/client.ts';
import type { OfficeInfo } from '../../../shared/types/office.ts';
import { LanguageSwitch } from '../shell/LanguageSwitch.tsx';
import { fieldErrorsOf, type FieldErrors } from '../ui/field-errors.ts';
import { Fingerprint } from './Fingerprint.tsx';
import {
  chosenRegion,
  emptySetupForm,
  REGION_LEVELS,
  stepErrors,
  stepOfField,
  suggestName,
  type SetupForm,
} from './setup-form.ts';
import { AdminStep, LetterheadStep, OfficeTypeStep, RegionStep } from './steps.tsx';

const LAST_STEP = 3;
/** Which error messages a change to a form field clears. */
const ERROR_KEYS: Record<string, string[]> = {
  region: [...REGION_LEVELS, 'regionCode'],
  adminUsername: ['admin.username'],
  adminFullName: ['admin.fullName'],
  adminPassword: ['admin.password', 'admin.confirm'],
  adminConfirm: ['admin.confirm'],
};

export function SetupWizard({ onFinished }: { onFinished(): void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState(0);
  const [form, setForm] = useState<SetupForm>(emptySetupForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [office, setOffice] = useState<OfficeInfo | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // Each step starts with its first field focused, so typing and Enter go on from there.
  useEffect(() => {
    if (formRef.current) focusFirstField(formRef.current);
  }, [step]);

  const update = (patch: Partial<SetupForm>): void => {
    setForm((f) => ({ ...f, ...patch }));
    setErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(patch)) for (const k of ERROR_KEYS[key] ?? [key]) delete next[k];
      return next;
    });
  };

  const goTo = (target: number): void => {
    if (target > step) {
      const found = stepErrors(step, form, t);
      setErrors(found);
      if (Object.keys(found).length > 0) return;
    }
    if (target === 2) {
      // Offer a letterhead name from the chosen region, unless the clerk has typed their own.
      const suggestion = suggestName(form, t);
      if (!form.name || form.name === form.suggestedName)
        setForm((f) => ({ ...f, name: suggestion, suggestedName: suggestion }));
    }
    setFailure(null);
    setStep(target);
  };

  const submit = async (): Promise<void> => {
    const found = stepErrors(LAST_STEP, form, t);
    setErrors(found);
    const region = chosenRegion(form);
    if (Object.keys(found).length > 0 || !form.officeType || !region) return;
    setBusy(true);
    const result = await call('setup.complete', {
      officeType: form.officeType,
      regionCode: region.code,
      name: form.name,
      address: form.address,
      admin: { username: form.adminUsername, fullName: form.adminFullName, password: form.adminPassword },
    });
    setBusy(false);
    if (result.ok) {
      setOffice(result.value);
      return;
    }
    const fields = fieldErrorsOf(result.error);
    setErrors(fields);
    setFailure(result.error.message);
    const steps = Object.keys(fields).map(stepOfField);
    if (steps.length > 0) setStep(Math.min(...steps));
  };

  if (office) {
    return (
      <Container size="md" py="xl">
        <Paper withBorder p="xl" radius="md">
          <Stack>
            <Title order={1} size="h2">{t('setup.done.title')}</Title>
            <Text>{t('setup.done.office', { name: office.name })}</Text>
            <Text fw={600}>{t('office.fingerprint')}</Text>
            <Fingerprint value={office.fingerprint} />
            <Text>{t('setup.done.readAloud')}</Text>
            <Group justify="flex-end">
              <Button onClick={onFinished} autoFocus>
                {t('setup.done.continue')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      </Container>
    );
  }

  const stepProps = { form, errors, update };
  return (
    <Container size="md" py="xl">
      <Group justify="space-between" mb="md">
        <Stack gap={0}>
          <Title order={1}>{t('setup.title')}</Title>
          <Text c="dimmed">{t('setup.subtitle')}</Text>
        </Stack>
        <LanguageSwitch />
      </Group>
      <Paper withBorder p="xl" radius="md">
        <form
          ref={formRef}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (step < LAST_STEP) goTo(step + 1);
            else void submit();
          }}
        >
          {/* Steps are not buttons: Enter on a focused step jumped back to step 1. "Kembali" goes back. */}
          <Stepper active={step} allowNextStepsSelect={false}>
            <Stepper.Step label={t('setup.steps.type')}>
              <OfficeTypeStep {...stepProps} />
            </Stepper.Step>
            <Stepper.Step label={t('setup.steps.region')}>
              <RegionStep {...stepProps} />
            </Stepper.Step>
            <Stepper.Step label={t('setup.steps.letterhead')}>
              <LetterheadStep {...stepProps} />
            </Stepper.Step>
            <Stepper.Step label={t('setup.steps.admin')}>
              <AdminStep {...stepProps} />
            </Stepper.Step>
          </Stepper>
          {failure && (
            <Alert color="red" mt="md" role="alert">
              {failure}
            </Alert>
          )}
          <Group justify="space-between" mt="xl">
            <Button variant="default" onClick={() => goTo(step - 1)} disabled={step === 0 || busy}>
              {t('common.back')}
            </Button>
            <Button type="submit" loading={busy}>
              {step < LAST_STEP ? t('common.next') : t('setup.finish')}
            </Button>
          </Group>
        </form>
      </Paper>
    </Container>
  );
}
