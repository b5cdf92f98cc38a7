// Adds a PPKS category to a person: category, disability type where the category needs one, since when, source.
import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { LIST, useReference } from '../app/reference.tsx';
import { officeToday, zoneOfRegion } from '../format.ts';
import { fieldErrorsOf, type FieldErrors } from '../ui/field-errors.ts';
import { formKeys } from '../ui/keyboard.ts';
import type { PersonDetail } from '../../../shared/types/register.ts';
import { DayInput } from '../ui/DayInput.tsx';
import { SearchSelect } from '../ui/SearchSelect.tsx';

interface Props {
  opened: boolean;
  person: PersonDetail;
  onClose(): void;
  onSaved(p: PersonDetail): void;
}

export function PpksAssignModal({ opened, person, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const ref = useReference();
  const today = officeToday(zoneOfRegion(useApp().status.office?.regionCode));
  const [category, setCategory] = useState<string | null>(null);
  const [disability, setDisability] = useState<string | null>(null);
  const [since, setSince] = useState(today);
  const [source, setSource] = useState(t('warga.ppksSourceDefault'));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const options = ref.options(LIST.ppks);
  const needsDisability = options.find((o) => o.value === category)?.data.requiresDisabilityType === true;

  const submit = async (): Promise<void> => {
    if (!category) return setErrors({ category: t('warga.ppksChoose') });
    setBusy(true);
    const r = await call('ppks.assign', {
      personId: person.id,
      category,
      disabilityType: needsDisability ? disability : null,
      since,
      source,
    });
    setBusy(false);
    if (r.ok) {
      setCategory(null);
      setErrors({});
      setFailure(null);
      return onSaved(r.value);
    }
    setErrors(fieldErrorsOf(r.error));
    setFailure(r.error.message);
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('warga.ppksAdd')}>
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
            label={t('warga.ppksCategory')}
            data={options.map((o) => ({ value: o.value, label: o.label }))}
            value={category}
            onChange={setCategory}
            error={errors.category}
            required
            data-autofocus
          />
          {needsDisability && (
            <Select
              label={t('person.disability')}
              data={ref.options(LIST.disability).map((o) => ({ value: o.value, label: o.label }))}
              value={disability}
              onChange={setDisability}
              error={errors.disabilityType}
              required
            />
          )}
          <DayInput
            label={t('warga.sinceLabel')}
            value={since}
            onChange={(v) => setSince(v)}
            error={errors.since}
            required
          />
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
