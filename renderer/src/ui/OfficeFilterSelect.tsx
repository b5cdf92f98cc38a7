// The lists' office filter: "Semua kantor", this office and each office whose records are held; hidden where only its own are.
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { SearchSelect } from './SearchSelect.tsx';
import { useLoad } from './use-load.ts';
import { ALL_OFFICES, officeChoices, officeOfChoice, showsOfficeFilter } from './office-filter.ts';

interface Props {
  /** The office filtered by, or null for every office. */
  value: string | null;
  onChange(officeId: string | null): void;
  /** How a link named the office (the health board), for an office this register holds nothing of yet. */
  valueName?: string | null;
}

export function OfficeFilterSelect({ value, onChange, valueName = null }: Props) {
  const { t } = useTranslation();
  const held = useLoad(() => call('office.heldOffices', {}), []);
  const offices = held.value ?? [];
  if (!showsOfficeFilter(offices, value)) return null;
  const data = officeChoices(
    offices,
    {
      all: t('officeFilter.all'),
      own: (name) => t('officeFilter.own', { name }),
      unknown: (id) => t('officeFilter.unknown', { id }),
    },
    value,
    valueName,
  );
  return (
    <SearchSelect
      label={t('officeFilter.label')}
      data={data}
      value={value ?? ALL_OFFICES}
      onChange={(choice) => onChange(officeOfChoice(choice))}
      nothingFoundMessage={t('officeFilter.noMatch')}
      w={300}
      data-testid="office-filter-select"
    />
  );
}
