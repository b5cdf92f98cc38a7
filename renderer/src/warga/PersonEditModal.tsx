// "Ubah data": edits a person's fields and sends only the changed ones (persons.update), with the intake's NIK checks.
import { LegalBasisSelect } from '../ui/LegalBasisSelect.tsx';
import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  Radio,
  Select,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { LIST, useReference } from '../app/reference.tsx';
import { useRegions } from '../app/regions.tsx';
import type { FieldErrors } from '../ui/field-errors.ts';
import { formKeys } from '../ui/keyboard.ts';
import { DayInput } from '../ui/DayInput.tsx';
import { SearchSelect } from '../ui/SearchSelect.tsx';
import {
  DTSEN_STATUSES,
  PADAN_DUKCAPIL,
  type DtsenStatus,
  type PadanDukcapil,
  type PersonDetail,
  type Sex,
} from '../../../shared/types/register.ts';
import { EditNikField } from './EditNikField.tsx';
import {
  changesOf,
  draftOf,
  editErrors,
  editFieldErrors,
  type PersonEditDraft,
} from './person-edit-draft.ts';

interface Props {
  person: PersonDetail;
  onClose(): void;
  onSaved(p: PersonDetail): void;
}

const ORDER = ['nik', 'nikOverrideReason', 'name', 'birthDate', 'phone'];

/** Focus the first field with a message, in form order. */
function focusFirst(errors: FieldErrors): void {
  const first = ORDER.find((f) => errors[f]);
  if (first) document.getElementById(`edit-${first}`)?.focus();
}

export function PersonEditModal({ person, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const ref = useReference();
  const regions = useRegions();
  const [draft, setDraft] = useState<PersonEditDraft>(() => draftOf(person));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempted, setAttempted] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = useCallback((patch: Partial<PersonEditDraft>) => setDraft((d) => ({ ...d, ...patch })), []);
  const shown: FieldErrors = { ...(attempted ? editErrors(draft, t) : {}), ...errors };
  const options = (list: string) => ref.options(list).map((o) => ({ value: o.value, label: o.label }));

  const submit = async (): Promise<void> => {
    setAttempted(true);
    setFailure(null);
    setErrors({});
    const local = editErrors(draft, t);
    if (Object.keys(local).length > 0) return focusFirst(local);
    const changes = changesOf(person, draft);
    if (Object.keys(changes).length === 0) return onClose();
    setBusy(true);
    const r = await call('persons.update', { id: person.id, changes });
    setBusy(false);
    if (r.ok) return onSaved(r.value);
    const fields = editFieldErrors(r.error);
    if (r.error.code === 'CONFLICT' && r.error.fields?.existingPersonId) {
      fields.nik = r.error.fields.nik ?? t('warga.edit.nikTaken');
    }
    setErrors(fields);
    setFailure(r.error.message);
    focusFirst(fields);
  };

  return (
    <Modal opened onClose={onClose} title={t('warga.edit.title')} size="lg">
      <form
        noValidate
        aria-label={t('warga.edit.title')}
        onKeyDown={formKeys()}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <EditNikField
            draft={draft}
            set={set}
            showErrors={attempted}
            errors={{ nik: shown.nik, nikOverrideReason: shown.nikOverrideReason }}
          />
          <TextInput
            id="edit-name"
            label={t('person.name')}
            value={draft.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            error={shown.name}
            required
            autoComplete="off"
            data-autofocus
          />
          <Radio.Group
            label={t('person.sex')}
            value={draft.sex}
            onChange={(v) => set({ sex: v as Sex })}
            error={shown.sex}
            required
          >
            <Group gap="lg" mt={4}>
              <Radio value="L" label={t('sex.L')} />
              <Radio value="P" label={t('sex.P')} />
            </Group>
          </Radio.Group>
          <Group grow align="flex-start">
            <TextInput
              label={t('person.birthPlace')}
              value={draft.birthPlace}
              onChange={(e) => set({ birthPlace: e.currentTarget.value })}
              error={shown.birthPlace}
            />
            <DayInput
              id="edit-birthDate"
              label={t('person.birthDate')}
              value={draft.birthDate}
              onChange={(birthDate) => set({ birthDate })}
              error={shown.birthDate}
            />
          </Group>
          <Group grow align="flex-start">
            <SearchSelect
              label={t('person.relationship')}
              data={options(LIST.relationship)}
              value={draft.relationship}
              onChange={(relationship) => set({ relationship })}
              error={shown.relationship}
              clearable
            />
            <SearchSelect
              label={t('person.maritalStatus')}
              data={options(LIST.marital)}
              value={draft.maritalStatus}
              onChange={(maritalStatus) => set({ maritalStatus })}
              error={shown.maritalStatus}
              clearable
            />
          </Group>
          <Group grow align="flex-start">
            <SearchSelect
              label={t('person.religion')}
              data={options(LIST.religion)}
              value={draft.religion}
              onChange={(religion) => set({ religion })}
              error={shown.religion}
              clearable
            />
            <SearchSelect
              label={t('person.education')}
              data={options(LIST.education)}
              value={draft.education}
              onChange={(education) => set({ education })}
              error={shown.education}
              clearable
            />
          </Group>
          <Group grow align="flex-start">
            <SearchSelect
              label={t('person.occupation')}
              data={options(LIST.occupation)}
              value={draft.occupation}
              onChange={(occupation) => set({ occupation })}
              error={shown.occupation}
              clearable
            />
            <TextInput
              id="edit-phone"
              label={t('person.phone')}
              placeholder="08…"
              value={draft.phone}
              onChange={(e) => set({ phone: e.currentTarget.value })}
              error={shown.phone}
              inputMode="tel"
            />
          </Group>
          <Group grow align="flex-start">
            <Select
              label={t('person.dtsenStatus')}
              data={DTSEN_STATUSES.map((s) => ({ value: s, label: t(`dtsen.${s}`) }))}
              value={draft.dtsenStatus}
              onChange={(v) => set({ dtsenStatus: (v as DtsenStatus | null) ?? 'tidak_diketahui' })}
              error={shown.dtsenStatus}
              allowDeselect={false}
            />
            <Select
              label={t('person.padan')}
              data={PADAN_DUKCAPIL.map((s) => ({ value: s, label: t(`padan.${s}`) }))}
              value={draft.padanDukcapil}
              onChange={(v) => set({ padanDukcapil: (v as PadanDukcapil | null) ?? 'unknown' })}
              error={shown.padanDukcapil}
              allowDeselect={false}
            />
          </Group>
          <Group grow align="flex-start">
            <MultiSelect
              label={t('person.disability')}
              data={options(LIST.disability)}
              value={draft.disabilityTypes}
              onChange={(disabilityTypes) => set({ disabilityTypes })}
              error={shown.disabilityTypes}
              maxValues={5}
              clearable
              searchable
            />
            {regions.desa.length > 0 && (
              <SearchSelect
                label={t('person.desa')}
                data={regions.desa.map((d) => ({ value: d.code, label: d.name }))}
                value={draft.desaCode}
                onChange={(desaCode) => set({ desaCode: desaCode ?? person.desaCode })}
                error={shown.desaCode}
              />
            )}
          </Group>
          <LegalBasisSelect value={draft.legalBasis} onChange={(legalBasis) => set({ legalBasis })} />
          <Textarea
            label={t('person.notes')}
            value={draft.notes}
            onChange={(e) => set({ notes: e.currentTarget.value })}
            error={shown.notes}
            autosize
            minRows={2}
          />
          {failure && (
            <Alert color="red" role="alert" data-testid="edit-failure">
              {failure}
            </Alert>
          )}
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
