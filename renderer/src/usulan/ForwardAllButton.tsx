// At Dinsos, the head's "Teruskan semua ke pusat": every verified proposal of the list at once, after a confirmation.
import { Button, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { formatNumber } from '../format.ts';
import { notifySuccess } from '../ui/notify.ts';
import { FormActions } from './FormActions.tsx';
import { filterInput, type UsulanFilters } from './usulan-filters.ts';

interface Props {
  /** The verified proposals the list shows (the core forwards those it finds, and says so). */
  count: number;
  /** The list's filters: exactly what it shows is forwarded. */
  filters: UsulanFilters;
  /** The filters in words, null when none is set. */
  filtersText: string | null;
  onDone(): void;
}

export function ForwardAllButton({ count, filters, filtersText, onDone }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (): Promise<void> => {
    setBusy(true);
    const r = await call('usulan.forwardAll', { ...filterInput(filters), reason: note.trim() || null });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    notifySuccess(t('usulan.forwardAllDone', { n: formatNumber(r.value.ids.length) }));
    setOpen(false);
    onDone();
  };

  return (
    <>
      <Button onClick={() => setOpen(true)} disabled={count === 0} data-testid="usulan-forward-all">
        {t('usulan.forwardAll', { n: formatNumber(count) })}
      </Button>
      {open && (
        <Modal opened onClose={() => setOpen(false)} title={t('usulan.forwardAllTitle')}>
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <Stack gap="sm">
              <Text size="sm" data-testid="usulan-forward-all-confirm">
                {t('usulan.forwardAllConfirm', { n: formatNumber(count) })}
                {filtersText && ` ${t('usulan.forwardAllFiltered', { what: filtersText })}`}
              </Text>
              <Textarea
                label={t('usulan.forwardAllNote')}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
                autosize
                minRows={2}
                maxLength={1000}
              />
              <FormActions
                error={error}
                busy={busy}
                saveLabel={t('usulan.forwardAllSave')}
                onCancel={() => setOpen(false)}
              />
            </Stack>
          </form>
        </Modal>
      )}
    </>
  );
}
