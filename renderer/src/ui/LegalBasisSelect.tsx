// The basis for processing a resident's specific data (UU 27/2022 Pasal 20): one select, the default preselected.
import { Select } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { LEGAL_BASES } from '../../../shared/reference/legal-basis.ts';

interface Props {
  id?: string;
  value: string | null;
  onChange(code: string): void;
  error?: string | undefined;
}

export function LegalBasisSelect({ id, value, onChange, error }: Props) {
  const { t } = useTranslation();
  return (
    <Select
      id={id}
      label={t('legalBasis.label')}
      description={t('legalBasis.description')}
      data={LEGAL_BASES.map((b) => ({ value: b.code, label: legalBasisLabel(t, b.code) }))}
      value={value}
      onChange={(v) => {
        if (v) onChange(v);
      }}
      error={error}
      allowDeselect={false}
      data-testid="legal-basis"
    />
  );
}

const KEYS = {
  pelayanan_publik: 'legalBasis.options.pelayanan_publik',
  persetujuan: 'legalBasis.options.persetujuan',
  kewajiban_hukum: 'legalBasis.options.kewajiban_hukum',
  kepentingan_vital: 'legalBasis.options.kepentingan_vital',
} as const;

const isKnown = (code: string | null): code is keyof typeof KEYS =>
  code !== null && Object.hasOwn(KEYS, code);

/** The basis as the resident's page shows it; records from before it was asked say so. */
export function legalBasisLabel(t: TFunction, code: string | null): string {
  return isKnown(code) ? t(KEYS[code]) : t('legalBasis.notRecorded');
}
