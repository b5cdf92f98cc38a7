// "Ekspor data warga": a resident's copy of their own data (UU 27/2022) as PDF or JSON, from the core.
import { Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { saveGeneratedFile } from '../ui/download.ts';
import { notifyError, notifySuccess } from '../ui/notify.ts';

export function ExportPersonData({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = async (format: 'pdf' | 'json'): Promise<void> => {
    setBusy(true);
    const r = await call('documents.personData', { personId, format });
    setBusy(false);
    if (!r.ok) return notifyError(r.error.message);
    saveGeneratedFile(r.value);
    notifySuccess(t('warga.exported', { file: r.value.fileName }));
  };
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" loading={busy}>
          {t('warga.export')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('warga.exportWhy')}</Menu.Label>
        <Menu.Item onClick={() => void run('pdf')}>{t('warga.exportPdf')}</Menu.Item>
        <Menu.Item onClick={() => void run('json')}>{t('warga.exportJson')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
