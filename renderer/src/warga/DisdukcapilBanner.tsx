// The hint to refer a person to Disdukcapil first (no NIK, an invalid NIK, or not padan), with the reason.
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { checkNik } from '../../../shared/validation/nik.ts';
import type { PadanDukcapil } from '../../../shared/types/register.ts';

export function DisdukcapilBanner({
  person,
}: {
  person: { nik: string | null; padanDukcapil: PadanDukcapil };
}) {
  const { t } = useTranslation();
  const reason = !person.nik
    ? t('disdukcapil.noNik')
    : checkNik(person.nik).errors.length > 0
      ? t('disdukcapil.invalidNik')
      : t('disdukcapil.notPadan');
  return (
    <Alert color="yellow" title={t('disdukcapil.title')} data-testid="disdukcapil-banner">
      {reason} {t('disdukcapil.why')}
    </Alert>
  );
}
