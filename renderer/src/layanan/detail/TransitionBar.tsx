// The status changes the signed-in role may make now (from the core's allowedTransitions), with a reason dialog.
import { Button, Card, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { notifyError, notifySuccess } from '../../ui/notify.ts';
import { isFinalStatus, type CaseStatus } from '../../../../shared/reference/case-status.ts';
import type { AllowedTransition, CaseDetail } from '../../../../shared/types/cases.ts';
import { TransitionDialog } from './TransitionDialog.tsx';
import { actionOf, emphasisOf } from './workflow-words.ts';

interface Props {
  c: CaseDetail;
  onChanged(c: CaseDetail): void;
}

export function TransitionBar({ c, onChanged }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<AllowedTransition | null>(null);
  const [busy, setBusy] = useState<CaseStatus | null>(null);

  const run = async (to: CaseStatus, reason: string | null, note: string | null): Promise<boolean> => {
    setBusy(to);
    const r = await call('cases.transition', { id: c.id, to, reason, note });
    setBusy(null);
    if (!r.ok) {
      notifyError(r.error.message);
      return false;
    }
    notifySuccess(t('kasus.moved', { status: t(`caseStatus.${to}`) }));
    onChanged(r.value);
    return true;
  };

  if (c.allowedTransitions.length === 0 && !c.canRefer) return null;
  return (
    <Card withBorder p="sm" data-testid="transition-bar">
      <Text size="sm" mb="xs" data-testid="next-actor">
        {t(`frontDesk.next.${c.status}`)}
      </Text>
      <Group gap="sm">
        <Text size="sm" fw={600}>
          {t('kasus.changeStatus')}
        </Text>
        {c.allowedTransitions.map((tr) => {
          const emphasis = emphasisOf(c.status, tr.to);
          return (
            <Button
              key={tr.to}
              size="sm"
              variant={emphasis === 'forward' ? 'filled' : emphasis === 'exit' ? 'outline' : 'default'}
              color={emphasis === 'exit' ? 'red' : undefined}
              loading={busy === tr.to}
              data-to={tr.to}
              onClick={() => {
                if (tr.requiresReason || isFinalStatus(tr.to)) setAsking(tr);
                else void run(tr.to, null, null);
              }}
            >
              {t(`frontDesk.actions.${actionOf(c.status, tr.to)}`)}
            </Button>
          );
        })}
        {c.canRefer && c.status === 'DITETAPKAN' && (
          <Text size="sm" c="dimmed">
            {t('kasus.referHint')}
          </Text>
        )}
      </Group>
      <TransitionDialog
        transition={asking}
        onClose={() => setAsking(null)}
        onConfirm={async (reason, note) => {
          if (asking && (await run(asking.to, reason, note))) setAsking(null);
        }}
      />
    </Card>
  );
}
