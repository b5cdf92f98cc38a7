// Filters of the case list: office (where several offices' records are held), status (or open only), kind, category,
// desa, overdue, received on a day, month (from Beranda).
import { Group, Pill, Select, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LIST, useReference } from '../app/reference.tsx';
import { CASE_STATUS_CODES, type CaseStatus } from '../../../shared/reference/case-status.ts';
import { CASE_KINDS, type CaseKind } from '../../../shared/types/cases.ts';
import type { CaseFilters } from './case-filters.ts';
import { DayInput } from '../ui/DayInput.tsx';
import { DesaSelect } from '../ui/DesaSelect.tsx';
import { formatMonth } from '../format-month.ts';
import { OfficeFilterSelect } from '../ui/OfficeFilterSelect.tsx';

interface Props {
  value: CaseFilters;
  onChange(f: CaseFilters): void;
}

export function CaseFilterBar({ value, onChange }: Props) {
  const { t } = useTranslation();
  const ref = useReference();
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <OfficeFilterSelect value={value.office} onChange={(office) => onChange({ ...value, office })} />
      <Select
        label={t('kasus.status')}
        data={CASE_STATUS_CODES.map((s) => ({ value: s, label: t(`caseStatus.${s}`) }))}
        value={value.status}
        onChange={(v) => onChange({ ...value, status: (v as CaseStatus | null) ?? null })}
        clearable
        placeholder={t('common.all')}
        w={210}
      />
      <Select
        label={t('kasus.kind')}
        data={CASE_KINDS.map((k) => ({ value: k, label: t(`caseKind.${k}`) }))}
        value={value.kind}
        onChange={(v) => onChange({ ...value, kind: (v as CaseKind | null) ?? null })}
        clearable
        placeholder={t('common.all')}
        w={150}
      />
      <Select
        label={t('kasus.category')}
        data={ref.options(LIST.category).map((o) => ({ value: o.value, label: o.label }))}
        value={value.category}
        onChange={(category) => onChange({ ...value, category })}
        clearable
        placeholder={t('common.all')}
        w={220}
      />
      <DesaSelect
        label={t('person.desa')}
        value={value.desa}
        onChange={(desa) => onChange({ ...value, desa })}
        clearable
        w={220}
      />
      <DayInput
        label={t('kasus.receivedOn')}
        value={value.receivedOn ?? ''}
        onChange={(v) => onChange({ ...value, receivedOn: v || null })}
        w={170}
      />
      <Switch
        label={t('kasus.openOnly')}
        checked={value.openOnly}
        onChange={(e) => onChange({ ...value, openOnly: e.currentTarget.checked })}
        mb={8}
      />
      <Switch
        label={t('kasus.overdueOnly')}
        checked={value.overdue}
        onChange={(e) => onChange({ ...value, overdue: e.currentTarget.checked })}
        mb={8}
      />
      <Switch
        label={t('kasus.fastTrackOnly')}
        checked={value.fastTrack}
        onChange={(e) => onChange({ ...value, fastTrack: e.currentTarget.checked })}
        mb={8}
        data-testid="filter-fast-track"
      />
      {value.receivedMonth && (
        <Pill
          withRemoveButton
          onRemove={() => onChange({ ...value, receivedMonth: null })}
          mb={8}
          data-testid="filter-received-month"
        >
          {t('charts.filter.receivedMonth', { month: formatMonth(value.receivedMonth) })}
        </Pill>
      )}
      {value.closedMonth && (
        <Pill
          withRemoveButton
          onRemove={() => onChange({ ...value, closedMonth: null })}
          mb={8}
          data-testid="filter-closed-month"
        >
          {t('charts.filter.closedMonth', { month: formatMonth(value.closedMonth) })}
        </Pill>
      )}
    </Group>
  );
}
