// Retensi data: when an old backup expires (local or external, with its folder) and the mentions left to review.
import { List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ErasureMentionEntry, OldBackupEntry } from '../../../shared/types/erasure.ts';

const TABLES = [
  'cases',
  'case_events',
  'referrals',
  'follow_ups',
  'persons',
  'households',
  'household_kk_history',
  'tksk_activities',
  'tksk_month_notes',
] as const;
type MentionTable = (typeof TABLES)[number];
const isMentionTable = (t: string): t is MentionTable => (TABLES as readonly string[]).includes(t);

const COLUMNS = [
  'description',
  'notes',
  'note',
  'reason',
  'outcome_note',
  'fast_track_reason',
  'reporter_name',
  'nik_override_reason',
  'result',
  'target_group',
  'obstacles',
  'recommendations',
] as const;
type MentionColumn = (typeof COLUMNS)[number];
const isMentionColumn = (c: string): c is MentionColumn => (COLUMNS as readonly string[]).includes(c);

export function BackupExpiry({ b }: { b: OldBackupEntry }) {
  const { t } = useTranslation();
  if (b.location === 'lokal') {
    return (
      <>{b.expiresBy ? t('retention.expiresBy', { date: b.expiresBy }) : t('retention.expiresByCount')}</>
    );
  }
  return (
    <>
      {t('retention.external', {
        folder: b.folder ?? t('retention.externalUnknownFolder'),
        date: b.expiresBy ?? '-',
      })}
      {!b.present && (
        <Text span c="orange" size="sm">
          {' '}
          {t('retention.externalMissing')}
        </Text>
      )}
    </>
  );
}

export function MentionsReview({ mentions }: { mentions: readonly ErasureMentionEntry[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={2} size="h4">
        {t('retention.mentionsTitle')}
      </Title>
      {mentions.length === 0 ? (
        <Text c="dimmed">{t('retention.mentionsNone')}</Text>
      ) : (
        <>
          <Text size="sm">{t('retention.mentionsExplain')}</Text>
          <List size="sm" aria-label={t('retention.mentionsTitle')}>
            {mentions.map((m) => (
              <List.Item key={`${m.erasureId}/${m.table}/${m.rowId}/${m.column}`}>
                {isMentionTable(m.table) ? t(`retention.mentionTable.${m.table}`) : m.table}{' '}
                {m.label ?? t('retention.mentionGone')} —{' '}
                {m.column === 'nik'
                  ? t('retention.mentionSameNik')
                  : t('retention.mentionColumn', {
                      column: isMentionColumn(m.column)
                        ? t(`retention.mentionColumns.${m.column}`)
                        : m.column,
                    })}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </>
  );
}
