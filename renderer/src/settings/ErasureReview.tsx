// Retensi data: when an old backup expires (local or external, with its folder) and the mentions left to review.
import { Button, Group, List, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErasureMentionEntry, OldBackupEntry } from '../../../shared/types/erasure.ts';
import { isMentionColumn, isMentionTable } from '../../../shared/reference/mention-columns.ts';

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

/** The review list: unchecked entries by default, each with "Sudah diperiksa"; checked ones on request, with who and when. */
export function MentionsReview({
  mentions,
  onCheck,
}: {
  mentions: readonly ErasureMentionEntry[];
  /** Marks the entry checked (erasure.checkMention) and reloads the list. */
  onCheck: (m: ErasureMentionEntry) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [showChecked, setShowChecked] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const keyOf = (m: ErasureMentionEntry): string => `${m.erasureId}/${m.table}/${m.rowId}/${m.column}`;
  const shown = mentions.filter((m) => showChecked || !m.checkedAt);
  const checkedCount = mentions.filter((m) => m.checkedAt).length;
  const check = async (m: ErasureMentionEntry): Promise<void> => {
    setBusy(keyOf(m));
    await onCheck(m);
    setBusy(null);
  };
  return (
    <>
      <Title order={2} size="h4">
        {t('retention.mentionsTitle')}
      </Title>
      {checkedCount > 0 && (
        <Switch
          label={t('retention.mentionsShowChecked', { count: checkedCount })}
          checked={showChecked}
          onChange={(e) => setShowChecked(e.currentTarget.checked)}
        />
      )}
      {shown.length === 0 ? (
        <Text c="dimmed">
          {t(mentions.length === 0 ? 'retention.mentionsNone' : 'retention.mentionsAllChecked')}
        </Text>
      ) : (
        <>
          <Text size="sm">{t('retention.mentionsExplain')}</Text>
          <List size="sm" aria-label={t('retention.mentionsTitle')}>
            {shown.map((m) => (
              <List.Item key={keyOf(m)}>
                <Group gap="xs">
                  <span>
                    {isMentionTable(m.table) ? t(`retention.mentionTable.${m.table}`) : m.table}{' '}
                    {m.label ?? t('retention.mentionGone')} —{' '}
                    {m.column === 'nik'
                      ? t('retention.mentionSameNik')
                      : t('retention.mentionColumn', {
                          column:
                            isMentionColumn(m.column) && m.column !== 'nik'
                              ? t(`retention.mentionColumns.${m.column}`)
                              : m.column,
                        })}
                  </span>
                  {m.checkedAt ? (
                    <Text span size="sm" c="dimmed">
                      {t('retention.mentionCheckedBy', {
                        by: m.checkedBy ?? '-',
                        at: m.checkedAt.slice(0, 10),
                      })}
                    </Text>
                  ) : (
                    <Button
                      size="compact-xs"
                      variant="light"
                      loading={busy === keyOf(m)}
                      onClick={() => void check(m)}
                    >
                      {t('retention.mentionCheck')}
                    </Button>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        </>
      )}
    </>
  );
}
