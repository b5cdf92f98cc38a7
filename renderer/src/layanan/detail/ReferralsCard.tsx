// Referrals of a case: letter number, destination, outcome, overdue; create, record the outcome, download the letter, attachments.
import { Badge, Box, Button, Card, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { LIST, useReference } from '../../app/reference.tsx';
import { formatDay } from '../../format.ts';
import { saveGeneratedFile } from '../../ui/download.ts';
import { notifyError } from '../../ui/notify.ts';
import { OverdueBadge } from '../../ui/StatusBadge.tsx';
import { AttachmentsCard } from '../../lampiran/AttachmentsCard.tsx';
import type { CaseDetail, Referral } from '../../../../shared/types/cases.ts';
import { OutcomeModal } from './OutcomeModal.tsx';
import { ReferralCreateModal } from './ReferralCreateModal.tsx';

interface Props {
  c: CaseDetail;
  canWrite: boolean;
  onChanged(c: CaseDetail): void;
}

export function ReferralsCard({ c, canWrite, onChanged }: Props) {
  const { t } = useTranslation();
  const ref = useReference();
  const [creating, setCreating] = useState(false);
  const [recording, setRecording] = useState<Referral | null>(null);
  const [downloading, setDownloading] = useState<string | null>(null);
  const [attachmentsOf, setAttachmentsOf] = useState<string | null>(null);

  const download = async (r: Referral): Promise<void> => {
    setDownloading(r.id);
    const file = await call('documents.referralLetter', { referralId: r.id });
    setDownloading(null);
    if (file.ok) saveGeneratedFile(file.value);
    else notifyError(file.error.message);
  };

  return (
    <Card withBorder data-testid="referrals-card">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('rujukan.title')}</Title>
        {canWrite && c.canRefer && (
          <Button size="xs" onClick={() => setCreating(true)}>
            {t('rujukan.create')}
          </Button>
        )}
      </Group>
      {c.referrals.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('rujukan.none')}
        </Text>
      )}
      <Stack gap="sm">
        {c.referrals.map((r) => (
          <Paper
            key={r.id}
            withBorder
            p="sm"
            data-referral-id={r.id}
            bg={r.overdue ? 'var(--mantine-color-red-0)' : undefined}
          >
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <div>
                <Text size="sm" fw={700}>
                  {ref.label(LIST.destination, r.destination)}
                </Text>
                <Text size="xs" c="dimmed">
                  <Text span ff="monospace" inherit>
                    {r.letterNumber}
                  </Text>{' '}
                  · {formatDay(r.letterDate)}
                </Text>
              </div>
              <Group gap={4} wrap="nowrap">
                <Badge variant="light" color={r.outcome ? 'grape' : 'blue'}>
                  {r.outcome ? t(`outcome.${r.outcome}`) : t('rujukan.sent')}
                </Badge>
                {r.overdue && <OverdueBadge />}
              </Group>
            </Group>
            <Text size="sm" mt={6} lineClamp={3}>
              {r.reason}
            </Text>
            {r.outcomeDate && (
              <Text size="xs" c="dimmed" mt={4}>
                {t('rujukan.outcomeOn', { day: formatDay(r.outcomeDate, 'long') })}
                {r.outcomeNote ? ` · ${r.outcomeNote}` : ''}
              </Text>
            )}
            <Group gap="xs" mt="xs">
              <Button
                size="compact-sm"
                variant="default"
                loading={downloading === r.id}
                onClick={() => void download(r)}
              >
                {t('rujukan.download')}
              </Button>
              {canWrite && r.status === 'TERKIRIM' && (
                <Button size="compact-sm" variant="light" onClick={() => setRecording(r)}>
                  {t('rujukan.recordOutcome')}
                </Button>
              )}
              <Button
                size="compact-sm"
                variant="subtle"
                aria-expanded={attachmentsOf === r.id}
                onClick={() => setAttachmentsOf(attachmentsOf === r.id ? null : r.id)}
              >
                {t('rujukan.attachments')}
              </Button>
            </Group>
            {attachmentsOf === r.id && (
              <Box mt="xs">
                <AttachmentsCard
                  owner={{ type: 'referral', id: r.id }}
                  canWrite={canWrite}
                  title={t('lampiran.referralTitle', { letter: r.letterNumber })}
                />
              </Box>
            )}
          </Paper>
        ))}
      </Stack>
      {canWrite && (
        <>
          <ReferralCreateModal
            opened={creating}
            c={c}
            onClose={() => setCreating(false)}
            onSaved={(next) => {
              setCreating(false);
              onChanged(next);
            }}
          />
          <OutcomeModal
            referral={recording}
            onClose={() => setRecording(null)}
            onSaved={(next) => {
              setRecording(null);
              onChanged(next);
            }}
          />
        </>
      )}
    </Card>
  );
}
