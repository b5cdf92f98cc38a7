// Dinsos accepts an office: pick the request, compare the fingerprint by phone, then confirm.
import { Alert, Button, Card, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { call } from '../api/client.ts';
import { Fingerprint } from '../setup/Fingerprint.tsx';
import { DataRows } from '../ui/DataRows.tsx';
import type { OfficeZone } from '../format.ts';
import type { RelayedEnrollment } from '../../../shared/types/trust.ts';
import { RelayedEnrollments } from './RelayedEnrollments.tsx';

/** What the request claims; the core verifies the signature and the fingerprint when accepting. */
const requestPreview = z.object({
  body: z.object({
    kind: z.literal('puskesos.enrollment-request'),
    office: z.object({ name: z.string(), type: z.string(), regionCode: z.string(), fingerprint: z.string() }),
  }),
});
type Preview = z.infer<typeof requestPreview>['body']['office'];

function previewOf(text: string): Preview | null {
  try {
    const r = requestPreview.safeParse(JSON.parse(text));
    return r.success ? r.data.body.office : null;
  } catch {
    return null;
  }
}

export function AcceptEnrollment({ onAccepted, zone }: { onAccepted(): void; zone: OfficeZone }) {
  const { t } = useTranslation();
  // A request that arrived in a kecamatan's bundle, opened from the list: the same comparison and confirmation.
  const [via, setVia] = useState<string | null>(null);
  const [listVersion, setListVersion] = useState(0);
  const review = (item: RelayedEnrollment): void => {
    setFile(null);
    setError(null);
    setDone(null);
    const p = item.content ? previewOf(item.content) : null;
    if (!p || !item.content) return setError(t('sync.accept.unreadable'));
    setContent(item.content);
    setPreview(p);
    setVia(item.viaName);
  };
  const [file, setFile] = useState<File | null>(null);
  const [content, setContent] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const pick = async (f: File | null): Promise<void> => {
    setFile(f);
    setVia(null);
    setError(null);
    setDone(null);
    setPreview(null);
    setContent(null);
    if (!f) return;
    const text = await f.text();
    const p = previewOf(text);
    if (!p) return setError(t('sync.accept.unreadable'));
    setContent(text);
    setPreview(p);
  };

  const accept = async (): Promise<void> => {
    if (!content) return;
    setBusy(true);
    const r = await call('trust.acceptEnrollment', { content });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    const v = r.value;
    const lines = [
      v.alreadyEnrolled
        ? t('sync.accept.already', { name: v.name })
        : t('sync.accept.done', { name: v.name }),
    ];
    if (v.sameRegion.length > 0) {
      lines.push(t('sync.accept.sameRegion', { names: v.sameRegion.map((o) => o.name).join(', ') }));
    }
    if (v.placedUnder) lines.push(t('sync.accept.placedUnder', { name: v.placedUnder }));
    setDone(lines.join(' '));
    setVia(null);
    setListVersion((n) => n + 1);
    setPreview(null);
    setContent(null);
    setFile(null);
    onAccepted();
  };

  return (
    <>
      <RelayedEnrollments role="dinsos" zone={zone} version={listVersion} onReview={review} />
      <Card withBorder component="section" aria-label={t('sync.accept.title')}>
        <Stack>
          <Title order={4}>{t('sync.accept.title')}</Title>
          <FileInput
            label={t('sync.accept.label')}
            placeholder={t('sync.accept.placeholder')}
            accept=".json,application/json"
            value={file}
            onChange={(f) => void pick(f)}
            clearable
            w={360}
          />
          {preview && (
            <Stack data-testid="enrollment-preview">
              <DataRows
                rows={[
                  [t('sync.offices.name'), preview.name],
                  [t('sync.offices.region'), preview.regionCode],
                ]}
              />
              {via && <Text size="sm">{t('sync.relay.viaNote', { name: via })}</Text>}
              <Fingerprint value={preview.fingerprint} />
              <Alert color="yellow">{t('sync.accept.compare')}</Alert>
              <Group>
                <Button onClick={() => void accept()} loading={busy}>
                  {t('sync.accept.confirm')}
                </Button>
                <Button variant="default" onClick={() => void pick(null)}>
                  {t('common.cancel')}
                </Button>
              </Group>
            </Stack>
          )}
          {error && <Alert color="red">{error}</Alert>}
          {done && (
            <Alert color="teal" data-testid="enrollment-done">
              <Text size="sm">{done}</Text>
            </Alert>
          )}
        </Stack>
      </Card>
    </>
  );
}
