// Identity of a person as recorded: NIK as text, birth, family role, Dukcapil and DTSEN status, contact.
import { Card, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LIST, useReference } from '../app/reference.tsx';
import { useRegions } from '../app/regions.tsx';
import { formatDay } from '../format.ts';
import { DataRows } from '../ui/DataRows.tsx';
import { IdNumber } from '../ui/IdNumber.tsx';
import { legalBasisLabel } from '../ui/LegalBasisSelect.tsx';
import type { PersonDetail } from '../../../shared/types/register.ts';

export function IdentityCard({ person: p }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const ref = useReference();
  const regions = useRegions();
  const birth = [p.birthPlace, formatDay(p.birthDate, 'long')].filter(Boolean).join(', ');
  const rows: [string, ReactNode][] = [
    [t('person.nik'), <IdNumber key="nik" value={p.nik} />],
    [t('person.name'), p.name],
    [t('person.sex'), t(`sex.${p.sex}`)],
    [t('person.birth'), birth || '—'],
    [t('person.relationship'), ref.label(LIST.relationship, p.relationship) || '—'],
    [t('person.religion'), ref.label(LIST.religion, p.religion) || '—'],
    [t('person.maritalStatus'), ref.label(LIST.marital, p.maritalStatus) || '—'],
    [t('person.education'), ref.label(LIST.education, p.education) || '—'],
    [t('person.occupation'), ref.label(LIST.occupation, p.occupation) || '—'],
    [t('person.disability'), p.disabilityTypes.map((d) => ref.label(LIST.disability, d)).join(', ') || '—'],
    [t('person.padan'), t(`padan.${p.padanDukcapil}`)],
    [t('person.dtsenStatus'), t(`dtsen.${p.dtsenStatus}`)],
    [t('person.phone'), p.phone ?? '—'],
    [t('person.desa'), `${regions.name(p.desaCode)} (${p.desaCode})`],
    [t('legalBasis.label'), legalBasisLabel(t, p.legalBasis)],
  ];
  if (p.nikOverrideReason) rows.push([t('person.nikOverrideReason'), p.nikOverrideReason]);
  if (p.notes) rows.push([t('person.notes'), p.notes]);
  return (
    <Card withBorder data-testid="identity-card">
      <Title order={4} mb="sm">
        {t('warga.identity')}
      </Title>
      <DataRows rows={rows} />
    </Card>
  );
}
