// Add or edit one TKSK activity: date, activity type, desa, target group, result, optional note (reports.activities.save).
import { Alert, Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { DayInput } from '../ui/DayInput.tsx';
import { DesaSelect } from '../ui/DesaSelect.tsx';
import { fieldErrorsOf, formMessage, type FieldErrors } from '../ui/field-errors.ts';
import { formKeys } from '../ui/keyboard.ts';
import { ACTIVITY_TYPES, type ActivityEntry, type ActivityType } from '../../../shared/types/reports.ts';

interface Props {
  /** The entry to edit, 'new' for a new one, null when closed. */
  entry: ActivityEntry | 'new' | null;
  /** The day a new entry starts with (inside the report's month). */
  defaultDate: string;
  onClose(): void;
  onSaved(): void;
}

interface Draft {
  date: string;
  type: ActivityType | null;
  desaCode: string | null;
  targetGroup: string;
  result: string;
  note: string;
}

const FIELDS = ['date', 'type', 'desaCode', 'targetGroup', 'result', 'note'];

export function ActivityModal({ entry, defaultDate, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setErrors({});
    setMessage(null);
    if (entry === null) setDraft(null);
    else if (entry === 'new')
      setDraft({ date: defaultDate, type: null, desaCode: null, targetGroup: '', result: '', note: '' });
    else
      setDraft({
        date: entry.date,
        type: entry.type,
        desaCode: entry.desaCode,
        targetGroup: entry.targetGroup,
        result: entry.result,
        note: entry.note ?? '',
      });
  }, [entry, defaultDate]);

  const set = (patch: Partial<Draft>): void => setDraft((d) => (d ? { ...d, ...patch } : d));

  const submit = async (): Promise<void> => {
    if (!draft || entry === null) return;
    if (!draft.type) {
      setErrors({ type: t('laporan.activity.chooseType') });
      return;
    }
    setBusy(true);
    const r = await call('reports.activities.save', {
      ...(entry !== 'new' ? { id: entry.id } : {}),
      date: draft.date,
      type: draft.type,
      desaCode: draft.desaCode,
      targetGroup: draft.targetGroup,
      result: draft.result,
      note: draft.note.trim() || null,
    });
    setBusy(false);
    if (r.ok) {
      onSaved();
      return;
    }
    setErrors(fieldErrorsOf(r.error));
    setMessage(formMessage(r.error, FIELDS));
  };

  return (
    <Modal
      opened={entry !== null}
      onClose={onClose}
      title={entry === 'new' ? t('laporan.activity.add') : t('laporan.activity.edit')}
      size="lg"
    >
      {draft && (
        <form
          noValidate
          onKeyDown={formKeys()}
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          data-testid="activity-form"
        >
          <Stack>
            {message && (
              <Alert color="red" role="alert">
                {message}
              </Alert>
            )}
            <Group grow align="flex-start">
              <DayInput
                label={t('laporan.activity.date')}
                value={draft.date}
                onChange={(date) => set({ date })}
                error={errors.date}
                required
                data-autofocus
              />
              <Select
                label={t('laporan.activity.type')}
                data={ACTIVITY_TYPES.map((type) => ({
                  value: type,
                  label: t(`laporan.activityType.${type}`),
                }))}
                value={draft.type}
                onChange={(v) => set({ type: (v as ActivityType | null) ?? null })}
                error={errors.type}
                required
                searchable
              />
            </Group>
            <DesaSelect
              label={t('laporan.activity.desa')}
              value={draft.desaCode}
              onChange={(desaCode) => set({ desaCode })}
              error={errors.desaCode}
              clearable
            />
            <TextInput
              label={t('laporan.activity.targetGroup')}
              value={draft.targetGroup}
              onChange={(e) => set({ targetGroup: e.currentTarget.value })}
              error={errors.targetGroup}
              required
            />
            <Textarea
              label={t('laporan.activity.result')}
              value={draft.result}
              onChange={(e) => set({ result: e.currentTarget.value })}
              error={errors.result}
              required
              autosize
              minRows={2}
            />
            <Textarea
              label={t('laporan.activity.note')}
              value={draft.note}
              onChange={(e) => set({ note: e.currentTarget.value })}
              error={errors.note}
              autosize
              minRows={1}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={busy} data-testid="activity-save">
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
