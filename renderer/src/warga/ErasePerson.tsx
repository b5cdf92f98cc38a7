// "Hapus data pribadi" (admin): the resident asked; their personal data goes here and at every holder.
import { Alert, Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { notifyError, notifySuccess } from '../ui/notify.ts';

export function ErasePerson({ personId, onErased }: { personId: string; onErased: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [sure, setSure] = useState(false);
  const [busy, setBusy] = useState(false);
  const erase = async (): Promise<void> => {
    setBusy(true);
    const r = await call('persons.erase', { id: personId, reason: 'permintaan', confirm: true });
    setBusy(false);
    if (!r.ok) return notifyError(r.error.message);
    setOpen(false);
    notifySuccess(t('erasure.done'));
    onErased();
  };
  return (
    <>
      <Button color="red" variant="outline" onClick={() => setOpen(true)}>
        {t('erasure.open')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('erasure.title')}>
        <Stack>
          <Text size="sm">{t('erasure.explain')}</Text>
          <Alert color="yellow">{t('erasure.backupsNote')}</Alert>
          <Checkbox
            label={t('erasure.confirm')}
            checked={sure}
            onChange={(e) => setSure(e.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('erasure.cancel')}
            </Button>
            <Button color="red" disabled={!sure} loading={busy} onClick={() => void erase()}>
              {t('erasure.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
