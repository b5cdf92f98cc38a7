// The month's obstacles and recommendations (free text); writers edit and save them (reports.notes.save), others read.
import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { notifyError, notifySuccess } from '../ui/notify.ts';

interface Props {
  month: string;
  obstacles: string;
  recommendations: string;
  canWrite: boolean;
  onSaved(): void;
}

export function MonthNotes({ month, obstacles, recommendations, canWrite, onSaved }: Props) {
  const { t } = useTranslation();
  const [o, setO] = useState(obstacles);
  const [r, setR] = useState(recommendations);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setO(obstacles);
    setR(recommendations);
  }, [obstacles, recommendations]);
  const dirty = o !== obstacles || r !== recommendations;

  const save = async (): Promise<void> => {
    setBusy(true);
    const res = await call('reports.notes.save', { month, obstacles: o, recommendations: r });
    setBusy(false);
    if (!res.ok) {
      notifyError(res.error.message);
      return;
    }
    notifySuccess(t('laporan.notes.saved'));
    onSaved();
  };

  return (
    <Card withBorder data-testid="month-notes">
      <Title order={4} mb="sm">
        {t('laporan.notes.title')}
      </Title>
      {canWrite ? (
        <Stack>
          <Textarea
            label={t('laporan.notes.obstacles')}
            value={o}
            onChange={(e) => setO(e.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={5000}
          />
          <Textarea
            label={t('laporan.notes.recommendations')}
            value={r}
            onChange={(e) => setR(e.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={5000}
          />
          <Group justify="flex-end">
            <Button onClick={() => void save()} loading={busy} disabled={!dirty} data-testid="notes-save">
              {t('laporan.notes.save')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="xs">
          <Text fw={600} size="sm">
            {t('laporan.notes.obstacles')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {obstacles || '-'}
          </Text>
          <Text fw={600} size="sm">
            {t('laporan.notes.recommendations')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {recommendations || '-'}
          </Text>
        </Stack>
      )}
    </Card>
  );
}
