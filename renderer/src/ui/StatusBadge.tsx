// Badges for a case status (colour by stage), an overdue follow-up and a fast-track case.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../../shared/reference/case-status.ts';

const COLOR: Record<CaseStatus, string> = {
  DITERIMA: 'blue',
  SELESAI_DI_FO: 'teal',
  VERIFIKASI: 'cyan',
  BERKAS_BELUM_LENGKAP: 'yellow',
  ASESMEN: 'indigo',
  REKOMENDASI: 'violet',
  DITETAPKAN: 'grape',
  DIRUJUK: 'orange',
  MENUNGGU_TINDAK_LANJUT: 'orange',
  SELESAI: 'teal',
  TIDAK_LAYAK: 'gray',
  DIBATALKAN: 'gray',
};

export function StatusBadge({ status, size = 'sm' }: { status: CaseStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status]} size={size} variant="light" data-status={status}>
      {t(`caseStatus.${status}`)}
    </Badge>
  );
}

export function OverdueBadge({ size = 'sm' }: { size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Badge color="red" size={size} variant="filled" data-testid="overdue-badge">
      {t('common.overdue')}
    </Badge>
  );
}

export function FastTrackBadge({ size = 'sm' }: { size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Badge color="pink" size={size} variant="outline">
      {t('kasus.fastTrack')}
    </Badge>
  );
}
