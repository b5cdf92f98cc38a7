// The session's papers to print and sign: berita acara (or SPTJM) PDF and the BNBA as XLSX or PDF.
import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { saveGeneratedFile } from '../ui/download.ts';
import type { MusdesSession } from '../../../shared/types/musdes.ts';

type Paper = 'beritaAcara' | 'bnba-xlsx' | 'bnba-pdf';

export function MusdesPapers({ session }: { session: MusdesSession }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Paper | null>(null);
  const [error, setError] = useState<string | null>(null);

  const get = async (paper: Paper): Promise<void> => {
    setBusy(paper);
    const r =
      paper === 'beritaAcara'
        ? await call('musdes.beritaAcara', { sessionId: session.id })
        : await call('musdes.bnba', { sessionId: session.id, format: paper === 'bnba-pdf' ? 'pdf' : 'xlsx' });
    setBusy(null);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    setError(null);
    saveGeneratedFile(r.value);
  };

  return (
    <Group gap="xs" data-testid="musdes-papers">
      <Button variant="light" loading={busy === 'beritaAcara'} onClick={() => void get('beritaAcara')}>
        {session.kind === 'sptjm' ? t('musdes.sptjmPdf') : t('musdes.beritaAcaraPdf')}
      </Button>
      <Button variant="light" loading={busy === 'bnba-xlsx'} onClick={() => void get('bnba-xlsx')}>
        {t('musdes.bnbaXlsx')}
      </Button>
      <Button variant="light" loading={busy === 'bnba-pdf'} onClick={() => void get('bnba-pdf')}>
        {t('musdes.bnbaPdf')}
      </Button>
      {error && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
    </Group>
  );
}
