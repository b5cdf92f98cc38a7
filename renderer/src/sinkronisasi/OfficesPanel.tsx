// Dinsos's offices: accept enrollments, place desa offices in the tree, hand out the network file, see last bundles, revoke a key.
import { Alert, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { mayCall } from '../app/permissions.ts';
import type { OfficeZone } from '../format.ts';
import { Fingerprint } from '../setup/Fingerprint.tsx';
import { saveGeneratedFile } from '../ui/download.ts';
import { notifyError, notifySuccess } from '../ui/notify.ts';
import type { TrustedOffice, TrustStatus } from '../../../shared/types/trust.ts';
import type { SyncPeer } from '../../../shared/types/sync.ts';
import { AcceptEnrollment } from './AcceptEnrollment.tsx';
import { PlacementCard } from './PlacementCard.tsx';
import { TrustedOfficesTable } from './TrustedOfficesTable.tsx';
import { rowsOf, type OfficeRef } from './office-filter.ts';

export function OfficesPanel(props: {
  trust: TrustStatus;
  peers: SyncPeer[];
  zone: OfficeZone;
  onChanged(): void;
  /** Only this office (opened from the health board). */
  office?: OfficeRef | null;
}) {
  const { t } = useTranslation();
  const admin = mayCall(useApp().session.user.role, 'trust.revoke');
  const [revoking, setRevoking] = useState<TrustedOffice | null>(null);
  const [busy, setBusy] = useState(false);
  // The tree changed here since the network file was last downloaded: the offices do not know yet.
  const [placed, setPlaced] = useState(false);
  const offices = rowsOf(
    props.trust.offices.filter((o) => o.type !== 'dinsos'),
    props.office ?? null,
  );

  const networkFile = async (): Promise<void> => {
    const r = await call('trust.networkFile', {});
    if (!r.ok) return notifyError(r.error.message);
    saveGeneratedFile(r.value.file);
    setPlaced(false);
    notifySuccess(
      t('sync.offices.networkDone', { version: r.value.networkVersion, offices: r.value.offices }),
    );
    props.onChanged();
  };

  const revoke = async (): Promise<void> => {
    if (!revoking) return;
    setBusy(true);
    const r = await call('trust.revoke', { officeId: revoking.officeId });
    setBusy(false);
    if (!r.ok) return notifyError(r.error.message);
    notifySuccess(t('sync.offices.revoked_done', { name: r.value.name }));
    setRevoking(null);
    props.onChanged();
  };

  return (
    <Stack>
      <Card withBorder component="section" aria-label={t('sync.keys.ownTitle')}>
        <Stack gap="xs">
          <Title order={4}>{t('sync.keys.ownTitle')}</Title>
          <Fingerprint value={props.trust.fingerprint} size="md" />
        </Stack>
      </Card>
      {admin && <AcceptEnrollment onAccepted={props.onChanged} zone={props.zone} />}
      {placed && (
        <Alert color="orange" title={t('sync.placement.exportTitle')} data-testid="placement-export-reminder">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('sync.placement.exportText')}</Text>
            <Button onClick={() => void networkFile()}>{t('sync.offices.networkButton')}</Button>
          </Stack>
        </Alert>
      )}
      {admin && (
        <PlacementCard
          trust={props.trust}
          onPlaced={() => {
            setPlaced(true);
            props.onChanged();
          }}
        />
      )}
      <Card withBorder component="section" aria-label={t('sync.tabs.offices')}>
        <Group justify="space-between" mb="sm">
          <Title order={4}>{t('sync.tabs.offices')}</Title>
          {admin && (
            <Button variant="light" onClick={() => void networkFile()}>
              {t('sync.offices.networkButton')}
            </Button>
          )}
        </Group>
        {offices.length === 0 ? (
          <Alert color="gray">{t('sync.noOffices')}</Alert>
        ) : (
          <TrustedOfficesTable
            offices={offices}
            peers={props.peers}
            zone={props.zone}
            onRevoke={admin ? setRevoking : undefined}
          />
        )}
      </Card>
      <Modal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={t('sync.offices.revokeTitle', { name: revoking?.name ?? '' })}
      >
        <Stack>
          <Text size="sm">{t('sync.offices.revokeText')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRevoking(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void revoke()}>
              {t('sync.offices.revokeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
