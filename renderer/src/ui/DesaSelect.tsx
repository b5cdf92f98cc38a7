// Searchable desa/kelurahan select for the office's area; a Dinsos office picks the kecamatan first.
import { Group } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { kecamatanOf, useRegions } from '../app/regions.tsx';
import type { Region } from '../../../shared/types/office.ts';
import { SearchSelect } from './SearchSelect.tsx';

interface Props {
  label: string;
  value: string | null;
  onChange(code: string | null): void;
  error?: string | undefined;
  required?: boolean;
  clearable?: boolean;
  w?: number | string;
}

const toOptions = (regions: Region[]) =>
  regions.map((r) => ({ value: r.code, label: `${r.name} (${r.code})` }));

function useDesaOf(kecamatan: string | null): Region[] {
  const [desa, setDesa] = useState<Region[]>([]);
  useEffect(() => {
    let live = true;
    setDesa([]);
    if (!kecamatan) return;
    void call('regions.list', { level: 'desa', parentCode: kecamatan }).then((r) => {
      if (live && r.ok) setDesa(r.value);
    });
    return () => {
      live = false;
    };
  }, [kecamatan]);
  return desa;
}

export function DesaSelect(props: Props) {
  const { t } = useTranslation();
  const regions = useRegions();
  const { status } = useApp();
  const [kecamatan, setKecamatan] = useState<string | null>(props.value ? kecamatanOf(props.value) : null);
  const [kecamatanList, setKecamatanList] = useState<Region[]>([]);
  const fixed = regions.kecamatanCode;
  const desa = useDesaOf(fixed ? null : kecamatan);

  useEffect(() => {
    const kabkota = status.office?.regionCode;
    if (fixed || !kabkota) return;
    void call('regions.list', { level: 'kecamatan', parentCode: kabkota }).then((r) => {
      if (r.ok) setKecamatanList(r.value);
    });
  }, [fixed, status.office?.regionCode]);

  const desaSelect = (options: Region[]) => (
    <SearchSelect
      label={props.label}
      data={toOptions(options)}
      value={props.value}
      onChange={props.onChange}
      clearable={props.clearable ?? false}
      required={props.required ?? false}
      error={props.error}
      nothingFoundMessage={t('setup.region.nothingFound')}
      placeholder={t('setup.region.placeholder')}
      maxDropdownHeight={260}
      w={props.w}
    />
  );

  if (fixed) return desaSelect(regions.desa);
  return (
    <Group grow align="flex-start">
      <SearchSelect
        label={t('regionLevel.kecamatan')}
        data={toOptions(kecamatanList)}
        value={kecamatan}
        onChange={(code) => {
          setKecamatan(code);
          props.onChange(null);
        }}
        placeholder={t('setup.region.placeholder')}
      />
      {desaSelect(desa)}
    </Group>
  );
}
