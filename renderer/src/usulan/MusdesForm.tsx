// Recording a musdes / muskel (date, place, chair, participants) or the SPTJM of a desa without one; Enter saves, Escape closes.
import { Group, NumberInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from './FormActions.tsx';
import { call } from '../api/client.ts';
import { DayInput } from '../ui/DayInput.tsx';
import { DesaSelect } from '../ui/DesaSelect.tsx';
import { fieldErrorsOf, formMessage, type FieldErrors } from '../ui/field-errors.ts';
import { formKeys } from '../ui/keyboard.ts';
import {
  isGathering,
  MUSDES_KIND_LABELS,
  MUSDES_KINDS,
  type MusdesKind,
} from '../../../shared/reference/musdes.ts';
import type { MusdesSessionDetail } from '../../../shared/types/musdes.ts';

const SHOWN = ['kind', 'desaCode', 'heldOn', 'place', 'chair', 'participants'];

export function MusdesForm({ onDone, onCancel }: { onDone(s: MusdesSessionDetail): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<MusdesKind>('musdes');
  const [desaCode, setDesaCode] = useState<string | null>(null);
  const [heldOn, setHeldOn] = useState('');
  const [place, setPlace] = useState('');
  const [chair, setChair] = useState('');
  const [participants, setParticipants] = useState<number | string>('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const gathering = isGathering(kind);

  const submit = async (): Promise<void> => {
    setBusy(true);
    const r = await call('musdes.create', {
      kind,
      desaCode: desaCode ?? '',
      heldOn,
      place: gathering ? place : null,
      chair,
      participants: gathering && participants !== '' ? Number(participants) : null,
    });
    setBusy(false);
    if (!r.ok) {
      setErrors(fieldErrorsOf(r.error));
      setMessage(formMessage(r.error, SHOWN));
      return;
    }
    onDone(r.value);
  };

  return (
    <form
      noValidate
      onKeyDown={formKeys({ onEscape: onCancel })}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      data-testid="musdes-form"
    >
      <Stack gap="xs">
        <SegmentedControl
          aria-label={t('musdes.kind')}
          data={MUSDES_KINDS.map((k) => ({ value: k, label: MUSDES_KIND_LABELS[k] }))}
          value={kind}
          onChange={(v) => setKind(v as MusdesKind)}
        />
        {!gathering && (
          <Text size="sm" c="dimmed">
            {t('musdes.sptjmExplain')}
          </Text>
        )}
        <Group grow align="flex-start">
          <DesaSelect
            label={t('musdes.desa')}
            value={desaCode}
            onChange={setDesaCode}
            error={errors.desaCode}
            required
          />
          <DayInput
            label={t('musdes.heldOn')}
            value={heldOn}
            onChange={setHeldOn}
            error={errors.heldOn}
            required
          />
        </Group>
        <Group grow align="flex-start">
          {gathering && (
            <TextInput
              label={t('musdes.place')}
              value={place}
              onChange={(e) => setPlace(e.currentTarget.value)}
              error={errors.place}
              required
            />
          )}
          <TextInput
            label={gathering ? t('musdes.chair') : t('musdes.signer')}
            value={chair}
            onChange={(e) => setChair(e.currentTarget.value)}
            error={errors.chair}
            required
          />
          {gathering && (
            <NumberInput
              label={t('musdes.participants')}
              value={participants}
              onChange={setParticipants}
              error={errors.participants}
              min={1}
              allowDecimal={false}
              required
            />
          )}
        </Group>
        <FormActions error={message} busy={busy} saveLabel={t('musdes.save')} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
