// One step of a proposal: the fields the step needs (reason, musdes session, result); Enter records it, Escape goes back.
import { Checkbox, Group, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { DayInput } from '../ui/DayInput.tsx';
import { formKeys } from '../ui/keyboard.ts';
import { FormActions } from './FormActions.tsx';
import { notifySuccess } from '../ui/notify.ts';
import {
  EVIDENCE_LABELS,
  EVIDENCE_REQUIRED,
  STEPS_NEEDING_REASON,
  USULAN_STEP_ACTIONS,
  type EvidenceCode,
  type UsulanStep,
} from '../../../shared/reference/usulan.ts';
import type { UsulanDetail } from '../../../shared/types/usulan.ts';
import { evidenceAtHand } from '../../../shared/reference/usulan-evidence.ts';

const MUSDES: readonly UsulanStep[] = ['disetujui_musdes', 'ditolak_musdes'];

interface Props {
  usulan: UsulanDetail;
  step: UsulanStep;
  onDone(u: UsulanDetail): void;
  onCancel(): void;
}

export function StepForm({ usulan, step, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [date, setDate] = useState('');
  const [place, setPlace] = useState('');
  const [chair, setChair] = useState('');
  const [participants, setParticipants] = useState<number | string>('');
  const [desil, setDesil] = useState<number | string>('');
  const [effectiveDate, setEffectiveDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const musdes = MUSDES.includes(step);
  const result = step === 'hasil_diterima';
  // Dinsos returning: which of the kind's evidence it asks for (the missing ones ticked). The office sending
  // (again): the evidence at hand (ticked, or attached as a file), which it may complete.
  const returning = step === 'dikembalikan';
  const sending = step === 'dikirim';
  const evidenceChoices: EvidenceCode[] = [
    ...new Set([...EVIDENCE_REQUIRED[usulan.kind], ...usulan.evidence, ...usulan.evidenceAttached]),
  ];
  const [checked, setChecked] = useState<string[]>(
    returning ? usulan.missingEvidence : evidenceAtHand(usulan.evidence, usulan.evidenceAttached),
  );
  const evidencePicked = evidenceChoices.filter((c) => checked.includes(c));

  const submit = async (): Promise<void> => {
    setBusy(true);
    const r = await call('usulan.transition', {
      id: usulan.id,
      step,
      reason: reason.trim() || null,
      ...(musdes ? { session: { date, place, chair, participants: Number(participants) || 0 } } : {}),
      ...(result ? { desil: desil === '' ? null : Number(desil), effectiveDate: effectiveDate || null } : {}),
      ...(returning ? { evidenceAsked: evidencePicked } : {}),
      ...(sending ? { evidence: evidencePicked } : {}),
    });
    setBusy(false);
    if (!r.ok) {
      const fields = Object.values(r.error.fields ?? {});
      setError(fields.length > 0 ? fields.join(' ') : r.error.message);
      return;
    }
    notifySuccess(t('usulan.stepDone'));
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
      data-testid={`usulan-step-form-${step}`}
    >
      <Stack gap="xs">
        <Text fw={600}>{USULAN_STEP_ACTIONS[step]}</Text>
        {musdes && (
          <Group grow align="flex-start">
            <DayInput label={t('usulan.sessionDate')} value={date} onChange={setDate} required />
            <TextInput
              label={t('usulan.sessionPlace')}
              value={place}
              onChange={(e) => setPlace(e.currentTarget.value)}
            />
            <TextInput
              label={t('usulan.sessionChair')}
              value={chair}
              onChange={(e) => setChair(e.currentTarget.value)}
            />
            <NumberInput
              label={t('usulan.sessionParticipants')}
              value={participants}
              onChange={setParticipants}
              min={1}
              allowDecimal={false}
            />
          </Group>
        )}
        {result && (
          <Group grow align="flex-start">
            <NumberInput
              label={t('usulan.desil')}
              value={desil}
              onChange={setDesil}
              min={1}
              max={10}
              allowDecimal={false}
            />
            <DayInput label={t('usulan.effectiveDate')} value={effectiveDate} onChange={setEffectiveDate} />
          </Group>
        )}
        {(returning || sending) && (
          <Checkbox.Group
            label={t(returning ? 'usulan.evidenceAsk' : 'usulan.evidence')}
            value={checked}
            onChange={setChecked}
            data-testid="usulan-step-evidence"
          >
            <Group mt={4}>
              {(returning ? EVIDENCE_REQUIRED[usulan.kind] : evidenceChoices).map((c) => (
                <Checkbox key={c} value={c} label={EVIDENCE_LABELS[c]} />
              ))}
            </Group>
          </Checkbox.Group>
        )}
        <Textarea
          label={t('usulan.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required={STEPS_NEEDING_REASON.includes(step)}
          // A step that needs no session nor result starts at its reason, so the keyboard goes straight on.
          autoFocus={!musdes && !result}
          autosize
          minRows={2}
          maxLength={1000}
        />
        <FormActions error={error} busy={busy} saveLabel={t('usulan.save')} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
