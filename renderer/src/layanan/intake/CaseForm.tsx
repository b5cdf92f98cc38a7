// Step 3 of intake: the case itself (kind, sub-kind, category, description, details), saved to its detail.
import { Alert, Button, Checkbox, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { LIST, useReference } from '../../app/reference.tsx';
import { hrefTo, navigate } from '../../nav/route.ts';
import { fieldErrorsOf, type FieldErrors } from '../../ui/field-errors.ts';
import { formKeys } from '../../ui/keyboard.ts';
import { notifySuccess } from '../../ui/notify.ts';
import type { CaseKind, CaseSubKind } from '../../../../shared/types/cases.ts';
import { ConfirmDiscard } from '../../ui/ConfirmDiscard.tsx';
import { KeyRadioGroup, type KeyOption } from '../../ui/KeyRadioGroup.tsx';
import type { PersonSummary } from '../../../../shared/types/register.ts';
import {
  caseErrors,
  caseInput,
  caseTouched,
  emptyCase,
  SUB_KIND_KEYS,
  type CaseDraft,
} from './case-draft.ts';
import { PickedPerson } from './PickedPerson.tsx';
import { SearchSelect } from '../../ui/SearchSelect.tsx';

interface Props {
  person: PersonSummary;
  /** The person was registered in this intake (leaving says that they stay saved). */
  registered: boolean;
  onBack(): void;
}

/*
 * One Tab order whatever the kind and category: Jenis → (Jenis keluhan, shown by the choice just made) →
 * Kategori → Uraian → Sub-kategori → Kanal → Jalur cepat. The fields that come and go (a category
 * without sub-categories, the fast-track reason) sit after the description, so a clerk's habitual Tabs
 * from Kategori always reach Uraian, and a space typed there never ticks a box.
 */

export function CaseForm({ person, registered, onBack }: Props) {
  const { t } = useTranslation();
  const ref = useReference();
  const [draft, setDraft] = useState<CaseDraft>(emptyCase);
  const [attempted, setAttempted] = useState(false);
  const [coreErrors, setCoreErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const leave = (): void => (caseTouched(draft) ? setAsking(true) : onBack());
  const kinds: KeyOption<CaseKind>[] = [
    { value: 'LAYANAN', label: t('caseKind.LAYANAN'), key: 'l' },
    { value: 'KELUHAN', label: t('caseKind.KELUHAN'), key: 'k' },
  ];
  const subKinds: KeyOption<CaseSubKind>[] = SUB_KIND_KEYS.map(([value, key]) => ({
    value,
    label: t(`subKind.${value}`),
    key,
  }));
  const set = (patch: Partial<CaseDraft>): void => setDraft((d) => ({ ...d, ...patch }));
  const errors: FieldErrors = { ...(attempted ? caseErrors(draft, t) : {}), ...coreErrors };
  const subcategories = ref.options(LIST.subCategory).filter((o) => o.data.category === draft.category);

  const save = async (): Promise<void> => {
    setAttempted(true);
    setCoreErrors({});
    const local = caseErrors(draft, t);
    const first = Object.keys(local)[0];
    if (first) return document.getElementById(`case-${first}`)?.focus();
    setBusy(true);
    const r = await call('cases.create', caseInput(draft, person.id));
    setBusy(false);
    if (r.ok) {
      notifySuccess(t('intake.caseSaved', { number: r.value.caseNumber }));
      return navigate(hrefTo('layanan', [r.value.id]));
    }
    setCoreErrors(fieldErrorsOf(r.error));
    setFailure(r.error.message);
  };

  return (
    <form
      noValidate
      aria-label={t('intake.steps.case')}
      onKeyDown={formKeys({ onEscape: leave })}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack gap="sm" maw={820}>
        <PickedPerson person={person} />
        <KeyRadioGroup
          label={t('kasus.kind')}
          options={kinds}
          value={draft.kind}
          onChange={(kind) => set({ kind, subKind: kind === draft.kind ? draft.subKind : null })}
          extraHint={t('frontDesk.kindExtraKeys')}
          onOtherKey={(key) => {
            const sub = SUB_KIND_KEYS.find(([, k]) => k === key)?.[0];
            if (!sub) return false;
            set({ kind: 'KELUHAN', subKind: sub });
            window.setTimeout(() => document.getElementById('case-category')?.focus(), 0);
            return true;
          }}
          autoFocus
          required
        />
        {draft.kind === 'KELUHAN' && (
          <KeyRadioGroup
            id="case-subKind"
            label={t('kasus.subKind')}
            options={subKinds}
            value={draft.subKind}
            onChange={(subKind) => set({ subKind })}
            error={errors.subKind}
            required
          />
        )}
        <SearchSelect
          id="case-category"
          label={t('kasus.category')}
          data={ref.options(LIST.category).map((o) => ({ value: o.value, label: o.label }))}
          value={draft.category}
          onChange={(category) => set({ category, subCategory: null })}
          error={errors.category}
          required
          maw={400}
        />
        <Textarea
          id="case-description"
          label={t('kasus.description')}
          description={t('common.enterHint')}
          value={draft.description}
          onChange={(e) => set({ description: e.currentTarget.value })}
          error={errors.description}
          autosize
          minRows={3}
          required
        />
        <Group grow align="flex-start">
          <SearchSelect
            id="case-subCategory"
            label={t('kasus.subCategory')}
            data={subcategories.map((o) => ({ value: o.value, label: o.label }))}
            value={draft.subCategory}
            onChange={(subCategory) => set({ subCategory })}
            clearable
            disabled={subcategories.length === 0}
            placeholder={subcategories.length === 0 ? t('kasus.noSubCategory') : undefined}
            error={errors.subCategory}
          />
          <SearchSelect
            id="case-channel"
            label={t('kasus.channel')}
            data={ref.options(LIST.channel).map((o) => ({ value: o.value, label: o.label }))}
            value={draft.channel}
            onChange={(channel) => set({ channel })}
            error={errors.channel}
            required
          />
        </Group>
        <Checkbox
          id="case-fastTrack"
          label={t('kasus.fastTrackLabel')}
          description={t('kasus.fastTrackHint')}
          checked={draft.fastTrack}
          onChange={(e) => set({ fastTrack: e.currentTarget.checked })}
        />
        {draft.fastTrack && (
          <TextInput
            id="case-fastTrackReason"
            label={t('kasus.fastTrackReason')}
            value={draft.fastTrackReason}
            onChange={(e) => set({ fastTrackReason: e.currentTarget.value })}
            error={errors.fastTrackReason}
            required
          />
        )}
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
            <Button type="submit" loading={busy} data-testid="case-save">
              {t('intake.saveCase')}
            </Button>
          </Group>
        </Group>
      </Stack>
      <ConfirmDiscard
        opened={asking}
        message={
          registered ? t('frontDesk.discard.savedPerson', { name: person.name }) : t('frontDesk.discard.case')
        }
        onKeep={() => setAsking(false)}
        onDiscard={() => {
          setAsking(false);
          onBack();
        }}
      />
    </form>
  );
}
