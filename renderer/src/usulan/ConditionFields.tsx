// The household condition DTSEN asks for, as form inputs: floor area, one select per Regsosek question, assets.
import { MultiSelect, NumberInput, Select, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  CONDITION_CHOICE_FIELDS,
  CONDITION_CHOICES,
  CONDITION_FIELD_LABELS,
  FLOOR_AREA_MAX,
  FLOOR_AREA_MIN,
  HOUSEHOLD_ASSETS,
  type HouseholdCondition,
} from '../../../shared/reference/household-condition.ts';

export function ConditionFields({
  value,
  onChange,
}: {
  value: HouseholdCondition;
  onChange(v: HouseholdCondition): void;
}) {
  const { t } = useTranslation();
  /** The condition with one field set, or dropped when emptied. */
  const set = <K extends keyof HouseholdCondition>(key: K, v: HouseholdCondition[K] | undefined) => {
    const next = { ...value };
    if (v === undefined || (Array.isArray(v) && v.length === 0)) delete next[key];
    else next[key] = v;
    onChange(next);
  };
  return (
    <>
      <Text size="xs" c="dimmed">
        {t('usulan.conditionHint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" data-testid="usulan-condition-fields">
        <NumberInput
          label={CONDITION_FIELD_LABELS.floorAreaM2}
          value={value.floorAreaM2 ?? ''}
          onChange={(v) => set('floorAreaM2', typeof v === 'number' ? v : undefined)}
          min={FLOOR_AREA_MIN}
          max={FLOOR_AREA_MAX}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator="."
          decimalSeparator=","
        />
        {CONDITION_CHOICE_FIELDS.map((f) => (
          <Select
            key={f}
            label={CONDITION_FIELD_LABELS[f]}
            data={CONDITION_CHOICES[f].items.map((i) => ({ value: i.code, label: i.label }))}
            value={value[f] ?? null}
            onChange={(v) => set(f, v ?? undefined)}
            placeholder={t('usulan.conditionUnknown')}
            clearable
            searchable
          />
        ))}
      </SimpleGrid>
      <MultiSelect
        label={CONDITION_FIELD_LABELS.assets}
        data={HOUSEHOLD_ASSETS.items.map((i) => ({ value: i.code, label: i.label }))}
        value={value.assets ?? []}
        onChange={(v) =>
          set(
            'assets',
            HOUSEHOLD_ASSETS.items.map((i) => i.code).filter((c) => v.includes(c)),
          )
        }
        placeholder={t('usulan.conditionAssetsNone')}
        clearable
        searchable
      />
    </>
  );
}
