// Records a program membership: program, status, period and where the information came from.
import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { LIST, useReference } from '../app/reference.tsx';
import { fieldErrorsOf, type FieldErrors } from '../ui/field-errors.ts';
import { formKeys } from '../ui/keyboard.ts';
import { PROGRAM_STATUSES } from '../../../shared/api/methods/register-inputs.ts';
import type { PersonDetail, ProgramMembership } from '../../../shared/types/register.ts';
import { DayInput } from '../ui/DayInput.tsx';
import { SearchSelect } from '../ui/SearchSelect.tsx';

interface Props {
  opened: boolean;
  personId: string;
  onClose(): void;
  onSaved(p: PersonDetail): void;
}

type Status = ProgramMembership['status'];

export function ProgramAddModal({ opened, personId, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const ref = useReference();
  const [program, setProgram] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>('aktif');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [source, setSource] = useState(t('warga.programSourceDefault'));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (): Promise<void> => {
    if (!program) return setErrors({ program: t('warga.programChoose') });
    setBusy(true);
    const r = await call('programs.add', {
      personId,
      program,
      status,
      periodStart: start || null,
      periodEnd: end || null,
      source,
    });
    setBusy(false);
    if (r.ok) {
      setProgram(null);
      setErrors({});
      setFailure(null);
      return onSaved(r.value);
    }
    setErrors(fieldErrorsOf(r.error));
    setFailure(r.error.message);
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('warga.programAdd')}>
      <form
        noValidate
        onKeyDown={formKeys()}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <SearchSelect
            label={t('warga.program')}
            data={ref.options(LIST.program).map((o) => ({ value: o.value, label: o.label }))}
            value={program}
            onChange={setProgram}
            error={errors.program}
            required
            data-autofocus
          />
          <Select
            label={t('warga.programStatusLabel')}
            data={PROGRAM_STATUSES.map((s) => ({ value: s, label: t(`programStatus.${s}`) }))}
            value={status}
            onChange={(v) => setStatus((v as Status | null) ?? 'aktif')}
            allowDeselect={false}
          />
          <Group grow>
            <DayInput
              label={t('warga.periodStart')}
              value={start}
              onChange={(v) => setStart(v)}
              error={errors.periodStart}
            />
            <DayInput
              label={t('warga.periodEnd')}
              value={end}
              onChange={(v) => setEnd(v)}
              error={errors.periodEnd}
            />
          </Group>
          <TextInput
            label={t('warga.source')}
            value={source}
            onChange={(e) => setSource(e.currentTarget.value)}
            error={errors.source}
            required
          />
          {failure && <Alert color="red">{failure}</Alert>}
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
