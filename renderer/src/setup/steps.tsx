// The four input steps of the setup wizard: office type, region, letterhead and the first admin.
import { PasswordInput, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OFFICE_TYPES, type OfficeType } from '../../../shared/api/roles.ts';
import type { Region, RegionLevel } from '../../../shared/types/office.ts';
import type { FieldErrors } from '../ui/field-errors.ts';
import { RegionSelect } from './RegionSelect.tsx';
import { levelsFor, REGION_LEVELS, type SetupForm } from './setup-form.ts';

interface StepProps {
  form: SetupForm;
  errors: FieldErrors;
  update(patch: Partial<SetupForm>): void;
}

export function OfficeTypeStep({ form, errors, update }: StepProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t('setup.type.label')}
      description={t('setup.type.description')}
      value={form.officeType ?? ''}
      onChange={(v) => update({ officeType: v as OfficeType, region: {} })}
      error={errors.officeType}
      required
    >
      <Stack mt="sm" gap="sm">
        {OFFICE_TYPES.map((type) => (
          <Radio
            key={type}
            value={type}
            label={t(`officeType.${type}`)}
            description={t(`setup.type.hint.${type}`)}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}

export function RegionStep({ form, errors, update }: StepProps) {
  const { t } = useTranslation();
  const levels = levelsFor(form.officeType);
  const choose = (level: RegionLevel, region: Region | null): void => {
    // Changing a level clears everything below it.
    const next: Partial<Record<RegionLevel, Region>> = {};
    for (const l of REGION_LEVELS) {
      if (l === level) {
        if (region) next[l] = region;
        break;
      }
      const kept = form.region[l];
      if (kept) next[l] = kept;
    }
    update({ region: next });
  };
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('setup.region.description')}
      </Text>
      {levels.map((level, i) => {
        const parent = i === 0 ? null : (form.region[levels[i - 1] ?? 'provinsi']?.code ?? null);
        return (
          <RegionSelect
            key={level}
            level={level}
            parentCode={parent}
            value={form.region[level] ?? null}
            onChange={(r) => choose(level, r)}
            error={errors[level] ?? (level === levels[levels.length - 1] ? errors.regionCode : undefined)}
          />
        );
      })}
    </Stack>
  );
}

export function LetterheadStep({ form, errors, update }: StepProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('setup.letterhead.description')}
      </Text>
      <TextInput
        label={t('setup.letterhead.name')}
        value={form.name}
        onChange={(e) => update({ name: e.currentTarget.value })}
        error={errors.name}
        required
      />
      <Textarea
        label={t('setup.letterhead.address')}
        placeholder={t('setup.letterhead.addressPlaceholder')}
        value={form.address}
        onChange={(e) => update({ address: e.currentTarget.value })}
        error={errors.address}
        autosize
        minRows={2}
        required
      />
    </Stack>
  );
}

export function AdminStep({ form, errors, update }: StepProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('setup.admin.description')}
      </Text>
      <TextInput
        label={t('user.username')}
        autoComplete="username"
        value={form.adminUsername}
        onChange={(e) => update({ adminUsername: e.currentTarget.value })}
        error={errors['admin.username']}
        required
      />
      <TextInput
        label={t('user.fullName')}
        value={form.adminFullName}
        onChange={(e) => update({ adminFullName: e.currentTarget.value })}
        error={errors['admin.fullName']}
        required
      />
      <PasswordInput
        label={t('user.password')}
        description={t('user.passwordRule')}
        autoComplete="new-password"
        value={form.adminPassword}
        onChange={(e) => update({ adminPassword: e.currentTarget.value })}
        error={errors['admin.password']}
        required
      />
      <PasswordInput
        label={t('user.passwordConfirm')}
        autoComplete="new-password"
        value={form.adminConfirm}
        onChange={(e) => update({ adminConfirm: e.currentTarget.value })}
        error={errors['admin.confirm']}
        required
      />
    </Stack>
  );
}
