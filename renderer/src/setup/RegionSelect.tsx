// A searchable select of one region level under its parent, listing "NAME (code)" from regions.list.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import type { Region, RegionLevel } from '../../../shared/types/office.ts';
import { SearchSelect } from '../ui/SearchSelect.tsx';

interface Props {
  level: RegionLevel;
  /** Code of the region above; the select is disabled until it is chosen (not needed for provinces). */
  parentCode: string | null;
  value: Region | null;
  onChange(region: Region | null): void;
  error?: string | undefined;
}

export function RegionSelect({ level, parentCode, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const [regions, setRegions] = useState<Region[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const needsParent = level !== 'provinsi';
  const ready = !needsParent || parentCode !== null;

  useEffect(() => {
    let live = true;
    setRegions([]);
    if (!ready) return;
    void call('regions.list', needsParent && parentCode ? { level, parentCode } : { level }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setRegions(r.value);
        setLoadError(null);
      } else setLoadError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [level, parentCode, needsParent, ready]);

  return (
    <SearchSelect
      label={t(`regionLevel.${level}`)}
      placeholder={ready ? t('setup.region.placeholder') : t('setup.region.chooseAbove')}
      data={regions.map((r) => ({ value: r.code, label: `${r.name} (${r.code})` }))}
      value={value?.code ?? null}
      onChange={(code) => onChange(regions.find((r) => r.code === code) ?? null)}
      clearable
      disabled={!ready}
      required
      nothingFoundMessage={t('setup.region.nothingFound')}
      maxDropdownHeight={280}
      limit={200}
      error={error ?? loadError ?? undefined}
    />
  );
}
