// Step 3 of intake: the case itself (kind, sub-kind, category, channel, fast track, description), saved to its detail.
import { Alert, Button, Checkbox, Group, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { LIST, useReference } from '../../app/reference.tsx';
import { hrefTo, navigate } from '../../nav/route.ts';
import { fieldErrorsOf, type FieldErrors } from '../../ui/field-errors.ts';
import { formKeys } from '../../ui/keyboard.ts';
import { notifySuccess } from '../../ui/notify.ts';
import { CASE_SUB_KINDS, type CaseKind, type CaseSubKind } from '../../../../shared/types/cases.ts';
import type { PersonSummary } from '../../../../shared/types/register.ts';
import { caseErrors, caseInput, emptyCase, type CaseDraft } from './case-draft.ts';
import { PickedPerson } from './PickedPerson.tsx';
import { SearchSelect } from '../../ui/SearchSelect.tsx';

interface Props {
  person: PersonSummary;
  onBack(): void;
}

export function CaseForm({ person, onBack }: Props) {
  const { t } = useTranslation();
  const ref = useReference();
  const [draft, setDraft] = useState<CaseDraft>(emptyCase);
  const [attempted, setAttempted] = useState(false);
  const [coreErrors, setCoreErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
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
      onKeyDown={formKeys({ onEscape: onBack })}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack gap="sm" maw={820}>
        <PickedPerson person={person} />
        <Radio.Group
          label={t('kasus.kind')}
          value={draft.kind}
          onChange={(v) => set({ kind: v as CaseKind, subKind: null })}
          required
        >
          <Group gap="lg" mt={4}>
            <Radio value="LAYANAN" label={t('caseKind.LAYANAN')} autoFocus />
            <Radio value="KELUHAN" label={t('caseKind.KELUHAN')} />
          </Group>
        </Radio.Group>
        {draft.kind === 'KELUHAN' && (
          <Radio.Group
            id="case-subKind"
            label={t('kasus.subKind')}
            value={draft.subKind}
            onChange={(v) => set({ subKind: v as CaseSubKind })}
            error={errors.subKind}
            required
          >
            <Group gap="lg" mt={4}>
              {CASE_SUB_KINDS.map((s) => (
                <Radio key={s} value={s} label={t(`subKind.${s}`)} />
              ))}
            </Group>
          </Radio.Group>
        )}
        <Group grow align="flex-start">
          <SearchSelect
            id="case-category"
            label={t('kasus.category')}
            data={ref.options(LIST.category).map((o) => ({ value: o.value, label: o.label }))}
            value={draft.category}
            onChange={(category) => set({ category, subCategory: null })}
            error={errors.category}
            required
          />
          <SearchSelect
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
            <Button variant="default" onClick={onBack}>
              {t('common.back')}
            </Button>
            <Button type="submit" loading={busy} data-testid="case-save">
              {t('intake.saveCase')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
