// Adds a note to the case (cases.addNote); Enter saves, Shift+Enter starts a new line.
import { Button, Card, Group, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { formKeys } from '../../ui/keyboard.ts';
import { notifyError } from '../../ui/notify.ts';
import type { CaseDetail } from '../../../../shared/types/cases.ts';

export function NoteForm({ caseId, onChanged }: { caseId: string; onChanged(c: CaseDetail): void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (): Promise<void> => {
    if (!note.trim()) return;
    setBusy(true);
    const r = await call('cases.addNote', { id: caseId, note });
    setBusy(false);
    if (!r.ok) return notifyError(r.error.message);
    setNote('');
    onChanged(r.value);
  };
  return (
    <Card withBorder p="sm">
      <form
        noValidate
        onKeyDown={formKeys()}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Textarea
          label={t('kasus.addNote')}
          description={t('common.enterHint')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Group justify="flex-end" mt="xs">
          <Button type="submit" size="xs" variant="light" loading={busy} disabled={!note.trim()}>
            {t('kasus.saveNote')}
          </Button>
        </Group>
      </form>
    </Card>
  );
}
