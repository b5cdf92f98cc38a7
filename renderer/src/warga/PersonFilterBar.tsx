// Filters of the Warga list: office (where several offices' records are held), desa, DTSEN, PPKS, overdue.
import { Group, Select, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LIST, useReference } from '../app/reference.tsx';
import { DesaSelect } from '../ui/DesaSelect.tsx';
import { DTSEN_STATUSES, type DtsenStatus } from '../../../shared/types/register.ts';
import { ANY_PPKS, type PersonFilters } from './person-filters.ts';
import { SearchSelect } from '../ui/SearchSelect.tsx';
import { OfficeFilterSelect } from '../ui/OfficeFilterSelect.tsx';

interface Props {
  value: PersonFilters;
  onChange(f: PersonFilters): void;
}

export function PersonFilterBar({ value, onChange }: Props) {
  const { t } = useTranslation();
  const ref = useReference();
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <OfficeFilterSelect value={value.office} onChange={(office) => onChange({ ...value, office })} />
      <DesaSelect
        label={t('person.desa')}
        value={value.desa}
        onChange={(desa) => onChange({ ...value, desa })}
        clearable
        w={220}
      />
      <Select
        label={t('person.dtsenStatus')}
        data={DTSEN_STATUSES.map((s) => ({ value: s, label: t(`dtsen.${s}`) }))}
        value={value.dtsen}
        onChange={(v) => onChange({ ...value, dtsen: (v as DtsenStatus | null) ?? null })}
        clearable
        placeholder={t('common.all')}
        w={180}
      />
      <SearchSelect
        label={t('warga.ppksFilter')}
        data={[
          { value: ANY_PPKS, label: t('charts.anyPpks') },
          ...ref
            .options(LIST.ppks)
            .map((o) => ({ value: o.value, label: `${o.value.slice(5)} · ${o.label}` })),
        ]}
        value={value.ppks}
        onChange={(ppks) => onChange({ ...value, ppks })}
        clearable
        placeholder={t('common.all')}
        w={300}
      />
      <Switch
        label={t('warga.overdueOnly')}
        checked={value.overdue}
        onChange={(e) => onChange({ ...value, overdue: e.currentTarget.checked })}
        mb={8}
      />
    </Group>
  );
}
