// Confirms a status change that closes the case or needs written text: a reason (TIDAK_LAYAK, DIBATALKAN) or the decision (DITETAPKAN).
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formKeys } from '../../ui/keyboard.ts';
import { isDecision } from '../../../../shared/reference/case-status.ts';
import type { AllowedTransition } from '../../../../shared/types/cases.ts';

interface Props {
  transition: AllowedTransition | null;
  onClose(): void;
  onConfirm(reason: string | null, note: string | null): Promise<void>;
}

export function TransitionDialog({ transition, onClose, onConfirm }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setText('');
    setError(null);
  }, [transition]);

  const needsReason = transition?.requiresReason ?? false;
  const decision = transition !== null && isDecision(transition.to);
  const words = decision
    ? ({
        explain: 'kasus.decisionExplain',
        label: 'kasus.decision',
        required: 'kasus.decisionRequired',
      } as const)
    : ({ explain: 'kasus.reasonExplain', label: 'kasus.reason', required: 'kasus.reasonRequired' } as const);
  const status = transition ? t(`caseStatus.${transition.to}`) : '';

  const submit = async (): Promise<void> => {
    const value = text.trim();
    if (needsReason && value.length < 3) return setError(t(words.required));
    setBusy(true);
    await onConfirm(needsReason ? value : null, needsReason ? null : value || null);
    setBusy(false);
  };

  return (
    <Modal opened={transition !== null} onClose={onClose} title={t('kasus.confirmMove', { status })}>
      <form
        noValidate
        onKeyDown={formKeys()}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm">{needsReason ? t(words.explain) : t('kasus.finalExplain')}</Text>
          <Textarea
            label={needsReason ? t(words.label) : t('kasus.noteOptional')}
            placeholder={decision ? t('kasus.decisionPlaceholder') : undefined}
            description={t('common.enterHint')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={error}
            required={needsReason}
            autosize
            minRows={2}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('kasus.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
