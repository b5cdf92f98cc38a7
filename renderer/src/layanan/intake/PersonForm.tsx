// Step 2 of intake: register a new person and household, with NIK checks and duplicate checks before saving.
import { Alert, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { LIST, useReference } from '../../app/reference.tsx';
import { useRegions } from '../../app/regions.tsx';
import type { FieldErrors } from '../../ui/field-errors.ts';
import { formKeys } from '../../ui/keyboard.ts';
import { notifySuccess } from '../../ui/notify.ts';
import {
  DTSEN_STATUSES,
  type DtsenStatus,
  type PersonSummary,
  type Sex,
} from '../../../../shared/types/register.ts';
import { HouseholdSection } from './HouseholdSection.tsx';
import { NikField } from './NikField.tsx';
import {
  coreFieldErrors,
  createInput,
  draftErrors,
  draftTouched,
  emptyDraft,
  withNik,
  type PersonDraft,
} from './person-draft.ts';
import { ConfirmDiscard } from '../../ui/ConfirmDiscard.tsx';
import { KeyRadioGroup } from '../../ui/KeyRadioGroup.tsx';
import { SimilarCandidates } from './SimilarCandidates.tsx';
import { summaryOf } from './summary.ts';
import { DayInput } from '../../ui/DayInput.tsx';
import { SearchSelect } from '../../ui/SearchSelect.tsx';
import { LegalBasisSelect } from '../../ui/LegalBasisSelect.tsx';

interface Props {
  prefill: { nik?: string; name?: string };
  onBack(): void;
  onDone(person: PersonSummary, how: 'created' | 'existing'): void;
}

/** Focus the first field with a message, in form order. */
function focusFirst(errors: FieldErrors): void {
  const order = [
    'nik',
    'nikOverrideReason',
    'name',
    'sex',
    'phone',
    'existingHousehold',
    'noKk',
    'desaCode',
    'address',
  ];
  const first = order.find((f) => errors[f]);
  if (!first) return;
  const el =
    document.getElementById(`intake-${first}`) ??
    document.querySelector<HTMLElement>('[aria-invalid="true"]');
  el?.focus();
}

export function PersonForm({ prefill, onBack, onDone }: Props) {
  const { t } = useTranslation();
  const ref = useReference();
  const regions = useRegions();
  const thisYear = new Date().getFullYear();
  const [initial] = useState<PersonDraft>(() =>
    withNik(emptyDraft(prefill, regions.officeDesa), prefill.nik ?? '', thisYear),
  );
  const [draft, setDraft] = useState<PersonDraft>(initial);
  const [asking, setAsking] = useState(false);
  const leave = (): void => (draftTouched(draft, initial) ? setAsking(true) : onBack());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempted, setAttempted] = useState(false);
  const [match, setMatch] = useState<PersonSummary | null>(null);
  const [candidates, setCandidates] = useState<PersonSummary[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = useCallback((patch: Partial<PersonDraft>) => setDraft((d) => ({ ...d, ...patch })), []);
  const setNik = (nik: string): void => setDraft((d) => withNik(d, nik, thisYear));
  const filled = (field: 'sex' | 'birthDate'): string | undefined =>
    draft.fromNik && draft[field] === draft.fromNik[field] ? t('frontDesk.fromNik') : undefined;
  const live = attempted ? draftErrors(draft, t) : {};
  const shown: FieldErrors = { ...live, ...errors };

  const openExisting = (p: PersonSummary): void => {
    notifySuccess(t('intake.openedExisting', { name: p.name }));
    onDone(p, 'existing');
  };

  const save = async (confirmNotDuplicate: boolean): Promise<void> => {
    // A NIK already registered is that person: nothing else on the form matters any more.
    if (match) return openExisting(match);
    setAttempted(true);
    setFailure(null);
    const local = draftErrors(draft, t);
    setErrors({});
    if (Object.keys(local).length > 0) return focusFirst(local);
    setBusy(true);
    try {
      if (!confirmNotDuplicate) {
        const input = createInput(draft, false).person;
        const dup = await call('persons.checkDuplicates', {
          nik: input.nik ?? null,
          name: input.name,
          birthDate: input.birthDate ?? null,
          desaCode: input.desaCode,
        });
        if (dup.ok && dup.value.nikMatch) return openExisting(dup.value.nikMatch);
        if (dup.ok && dup.value.similar.length > 0) return setCandidates(dup.value.similar);
      }
      const r = await call('persons.create', createInput(draft, confirmNotDuplicate));
      if (r.ok) return onDone(summaryOf(r.value), 'created');
      const existingId = r.error.fields?.existingPersonId;
      if (r.error.code === 'CONFLICT' && existingId) {
        const p = await call('persons.get', { id: existingId });
        if (p.ok) return openExisting(summaryOf(p.value));
      }
      if (r.error.code === 'CONFLICT' && r.error.fields?.candidateIds) {
        const again = await call('persons.checkDuplicates', {
          nik: null,
          name: draft.name,
          birthDate: draft.birthDate || null,
          desaCode: createInput(draft, false).person.desaCode,
        });
        if (again.ok && again.value.similar.length > 0) return setCandidates(again.value.similar);
      }
      const fields = coreFieldErrors(r.error);
      setErrors(fields);
      setFailure(r.error.message);
      focusFirst(fields);
    } finally {
      setBusy(false);
    }
  };

  if (candidates) {
    return (
      <SimilarCandidates
        candidates={candidates}
        onPick={openExisting}
        onConfirmNew={() => {
          setCandidates(null);
          void save(true);
        }}
        onBack={() => setCandidates(null)}
      />
    );
  }

  return (
    <form
      noValidate
      aria-label={t('intake.steps.person')}
      onKeyDown={formKeys({ onEscape: leave })}
      onSubmit={(e) => {
        e.preventDefault();
        void save(false);
      }}
    >
      <Stack gap="sm" maw={820}>
        <NikField
          draft={draft}
          set={set}
          onNik={setNik}
          autoFocus={!initial.fromNik}
          showErrors={attempted}
          errors={{ nik: shown.nik, nikOverrideReason: shown.nikOverrideReason }}
          match={match}
          onMatch={setMatch}
          onUseMatch={openExisting}
        >
          <Group grow align="flex-start">
            <KeyRadioGroup
              id="intake-sex"
              label={t('person.sex')}
              options={[
                { value: 'L', label: t('sex.L'), key: 'l' },
                { value: 'P', label: t('sex.P'), key: 'p' },
              ]}
              value={draft.sex}
              onChange={(sex: Sex) => set({ sex })}
              error={shown.sex}
              extraHint={filled('sex')}
              required
            />
            <DayInput
              id="intake-birthDate"
              label={t('person.birthDate')}
              description={filled('birthDate')}
              value={draft.birthDate}
              onChange={(birthDate) => set({ birthDate })}
              error={shown.birthDate}
            />
          </Group>
        </NikField>
        <TextInput
          id="intake-name"
          label={t('person.name')}
          value={draft.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
          error={shown.name}
          required
          autoComplete="off"
          autoFocus={initial.fromNik !== null}
        />
        <HouseholdSection draft={draft} set={set} errors={shown} />
        <Title order={4}>{t('frontDesk.moreDetails')}</Title>
        <Group grow align="flex-start">
          <TextInput
            label={t('person.birthPlace')}
            value={draft.birthPlace}
            onChange={(e) => set({ birthPlace: e.currentTarget.value })}
          />
          <SearchSelect
            label={t('person.relationship')}
            data={ref.options(LIST.relationship).map((o) => ({ value: o.value, label: o.label }))}
            value={draft.relationship}
            onChange={(relationship) => set({ relationship })}
            clearable
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            id="intake-phone"
            label={t('person.phone')}
            placeholder="08…"
            value={draft.phone}
            onChange={(e) => set({ phone: e.currentTarget.value })}
            error={shown.phone}
            inputMode="tel"
          />
          <Select
            label={t('person.dtsenStatus')}
            data={DTSEN_STATUSES.map((s) => ({ value: s, label: t(`dtsen.${s}`) }))}
            value={draft.dtsenStatus}
            onChange={(v) => set({ dtsenStatus: (v as DtsenStatus | null) ?? 'tidak_diketahui' })}
            allowDeselect={false}
          />
        </Group>
        <LegalBasisSelect value={draft.legalBasis} onChange={(legalBasis) => set({ legalBasis })} />
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('intake.keysHint')}
          </Text>
          <Group>
            <Button variant="default" onClick={leave}>
              {t('common.back')}
            </Button>
            <Button type="submit" loading={busy} data-testid="person-save">
              {match ? t('intake.nik.useExisting') : t('intake.savePerson')}
            </Button>
          </Group>
        </Group>
      </Stack>
      <ConfirmDiscard
        opened={asking}
        message={t('frontDesk.discard.person')}
        onKeep={() => setAsking(false)}
        onDiscard={() => {
          setAsking(false);
          onBack();
        }}
      />
    </form>
  );
}
