// A small dialog asking for one date and an optional note (follow-up due date, or the day it was done).
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formKeys } from '../../ui/keyboard.ts';
import { DayInput } from '../../ui/DayInput.tsx';

interface Props {
  opened: boolean;
  title: string;
  dateLabel: string;
  initialDate: string;
  onClose(): void;
  /** Resolves to an error message to show, or null when saved. */
  onSave(date: string, note: string | null): Promise<string | null>;
}

export function DateNoteModal({ opened, title, dateLabel, initialDate, onClose, onSave }: Props) {
  const { t } = useTranslation();
  const [date, setDate] = useState(initialDate);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!opened) return;
    setDate(initialDate);
    setNote('');
    setError(null);
  }, [opened, initialDate]);

  const submit = async (): Promise<void> => {
    setBusy(true);
    setError(await onSave(date, note.trim() || null));
    setBusy(false);
  };

  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <form
        noValidate
        onKeyDown={formKeys()}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <DayInput
            label={dateLabel}
            value={date}
            onChange={(v) => setDate(v)}
            error={error}
            required
            data-autofocus
          />
          <Textarea
            label={t('kasus.noteOptional')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
