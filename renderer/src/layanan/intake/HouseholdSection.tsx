// The household part of the intake form: a new household (No KK, address, desa, RT/RW), an existing one, or none.
import { Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { KeyRadioGroup } from '../../ui/KeyRadioGroup.tsx';
import { useTranslation } from 'react-i18next';
import { useRegions } from '../../app/regions.tsx';
import { DesaSelect } from '../../ui/DesaSelect.tsx';
import type { FieldErrors } from '../../ui/field-errors.ts';
import { IdNumber } from '../../ui/IdNumber.tsx';
import { ExistingHouseholdSearch } from './ExistingHouseholdSearch.tsx';
import type { HouseholdMode, PersonDraft } from './person-draft.ts';

interface Props {
  draft: PersonDraft;
  set(patch: Partial<PersonDraft>): void;
  errors: FieldErrors;
}

export function HouseholdSection({ draft, set, errors }: Props) {
  const { t } = useTranslation();
  const regions = useRegions();
  const member = draft.existingMember;
  return (
    <Stack gap="sm">
      <Title order={4}>{t('warga.household')}</Title>
      <KeyRadioGroup<HouseholdMode>
        label={null}
        aria-label={t('intake.household.mode')}
        options={[
          { value: 'new', label: t('intake.household.new') },
          { value: 'existing', label: t('intake.household.existing') },
          { value: 'none', label: t('intake.household.none') },
        ]}
        value={draft.householdMode}
        onChange={(householdMode) => set({ householdMode })}
      />
      {draft.householdMode === 'new' && (
        <>
          <Group grow align="flex-start">
            <TextInput
              id="intake-noKk"
              label={t('person.noKk')}
              description={t('intake.household.noKkHint')}
              value={draft.noKk}
              onChange={(e) => set({ noKk: e.currentTarget.value })}
              error={errors.noKk}
              inputMode="numeric"
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              autoComplete="off"
            />
            <DesaSelect
              label={t('person.desa')}
              value={draft.desaCode}
              onChange={(desaCode) => set({ desaCode })}
              error={errors.desaCode}
              required
            />
          </Group>
          <TextInput
            id="intake-address"
            label={t('household.address')}
            placeholder={t('intake.household.addressPlaceholder')}
            value={draft.address}
            onChange={(e) => set({ address: e.currentTarget.value })}
            error={errors.address}
            required
          />
          <Group grow>
            <TextInput
              label={t('household.rt')}
              value={draft.rt}
              onChange={(e) => set({ rt: e.currentTarget.value })}
              maxLength={3}
            />
            <TextInput
              label={t('household.rw')}
              value={draft.rw}
              onChange={(e) => set({ rw: e.currentTarget.value })}
              maxLength={3}
            />
            <TextInput
              label={t('household.dusun')}
              value={draft.dusun}
              onChange={(e) => set({ dusun: e.currentTarget.value })}
            />
          </Group>
        </>
      )}
      {draft.householdMode === 'existing' && (
        <>
          <ExistingHouseholdSearch
            error={errors.existingHousehold}
            onPick={(p) => set({ existingMember: p })}
          />
          {member && (
            <Text size="sm" data-testid="picked-household">
              {t('intake.household.joins', { name: member.name })} · {t('person.noKk')}{' '}
              <IdNumber value={member.noKk} /> · {regions.name(member.desaCode)}
            </Text>
          )}
        </>
      )}
      {draft.householdMode === 'none' && (
        <DesaSelect
          label={t('person.desa')}
          value={draft.desaCode}
          onChange={(desaCode) => set({ desaCode })}
          error={errors.desaCode}
          required
        />
      )}
    </Stack>
  );
}
