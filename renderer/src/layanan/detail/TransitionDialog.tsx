// Confirms a status change that closes the case or needs a written reason (TIDAK_LAYAK, DIBATALKAN).
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formKeys } from '../../ui/keyboard.ts';
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
  const status = transition ? t(`caseStatus.${transition.to}`) : '';

  const submit = async (): Promise<void> => {
    const value = text.trim();
    if (needsReason && value.length < 3) return setError(t('kasus.reasonRequired'));
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
          <Text size="sm">{needsReason ? t('kasus.reasonExplain') : t('kasus.finalExplain')}</Text>
          <Textarea
            label={needsReason ? t('kasus.reason') : t('kasus.noteOptional')}
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
