// An office's enrollment and keys: its fingerprint, the enrollment request, the Dinsos network file, trusted offices.
import { Alert, Button, Card, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { mayCall } from '../app/permissions.ts';
import { formatDateTime, type OfficeZone } from '../format.ts';
import { Fingerprint } from '../setup/Fingerprint.tsx';
import { saveGeneratedFile } from '../ui/download.ts';
import { notifySuccess } from '../ui/notify.ts';
import { DataRows } from '../ui/DataRows.tsx';
import type { TrustStatus } from '../../../shared/types/trust.ts';
import { RelayedEnrollments } from './RelayedEnrollments.tsx';
import { TrustedOfficesTable } from './TrustedOfficesTable.tsx';

export function KeysPanel({
  trust,
  zone,
  onChanged,
}: {
  trust: TrustStatus;
  zone: OfficeZone;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const admin = mayCall(useApp().session.user.role, 'trust.importNetwork');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const downloadRequest = async (): Promise<void> => {
    setError(null);
    const r = await call('trust.enrollmentRequest', {});
    if (!r.ok) return setError(r.error.message);
    saveGeneratedFile(r.value.file);
    notifySuccess(
      r.value.viaName ? t('sync.keys.requestDoneVia', { name: r.value.viaName }) : t('sync.keys.requestDone'),
    );
  };

  const importNetwork = async (file: File | null): Promise<void> => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    const r = await call('trust.importNetwork', { content: await file.text() });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    const v = r.value;
    setNotice(
      [
        t('sync.keys.networkDone', { version: v.networkVersion, name: v.dinsos.name }),
        v.status === 'first' ? t('sync.keys.networkFirst', { fingerprint: v.dinsos.fingerprint }) : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
    onChanged();
  };

  return (
    <Stack>
      <Card withBorder component="section" aria-label={t('sync.keys.ownTitle')}>
        <Stack>
          <Title order={4}>{t('sync.keys.ownTitle')}</Title>
          <Fingerprint value={trust.fingerprint} />
          <Text size="sm" c="dimmed">
            {t('sync.keys.ownHint')}
          </Text>
          <DataRows
            rows={[
              [t('sync.keys.enrollment'), t(`sync.keys.enrollmentValue.${trust.ownEnrollment}`)],
              [
                t('sync.keys.networkVersion'),
                trust.networkVersion !== null && trust.networkAt
                  ? t('sync.keys.networkVersionValue', {
                      version: trust.networkVersion,
                      when: formatDateTime(trust.networkAt, zone),
                    })
                  : t('sync.peer.never'),
              ],
            ]}
          />
          {admin ? (
            <Group align="flex-end">
              <Button variant="light" onClick={() => void downloadRequest()}>
                {t('sync.keys.requestButton')}
              </Button>
              <FileInput
                label={t('sync.keys.networkLabel')}
                placeholder={t('sync.keys.networkPlaceholder')}
                accept=".json,application/json"
                value={null}
                onChange={(f) => void importNetwork(f)}
                disabled={busy}
                w={320}
              />
            </Group>
          ) : (
            <Alert color="gray">{t('sync.keys.adminOnly')}</Alert>
          )}
          {error && <Alert color="red">{error}</Alert>}
          {notice && (
            <Alert color="teal" data-testid="network-imported">
              {notice}
            </Alert>
          )}
        </Stack>
      </Card>
      {admin && trust.officeType === 'kecamatan' && <RelayedEnrollments role="kecamatan" zone={zone} />}
      {trust.offices.length > 0 && (
        <Card withBorder component="section" aria-label={t('sync.keys.trusted')}>
          <Title order={4} mb="sm">
            {t('sync.keys.trusted')}
          </Title>
          <TrustedOfficesTable offices={trust.offices} peers={[]} zone={zone} />
        </Card>
      )}
    </Stack>
  );
}
