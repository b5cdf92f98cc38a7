// Trusted offices with fingerprint, status, last bundle and the open work they report; Dinsos's admin may revoke a key.
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, type OfficeZone } from '../format.ts';
import type { TrustedOffice } from '../../../shared/types/trust.ts';
import type { SyncPeer } from '../../../shared/types/sync.ts';

export function TrustedOfficesTable(props: {
  offices: TrustedOffice[];
  peers: SyncPeer[];
  zone: OfficeZone;
  onRevoke?: (o: TrustedOffice) => void;
}) {
  const { t } = useTranslation();
  const peers = new Map(props.peers.map((p) => [p.officeId, p]));
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing="xs" data-testid="trusted-offices">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('sync.offices.name')}</Table.Th>
            <Table.Th>{t('sync.offices.region')}</Table.Th>
            <Table.Th>{t('sync.offices.fingerprint')}</Table.Th>
            <Table.Th>{t('sync.offices.lastBundle')}</Table.Th>
            <Table.Th>{t('sync.offices.openWork')}</Table.Th>
            <Table.Th>{t('sync.offices.status')}</Table.Th>
            {props.onRevoke && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.offices.map((o) => {
            const peer = peers.get(o.officeId);
            const last = peer?.lastReceivedAt;
            return (
              <Table.Tr key={o.fingerprint}>
                <Table.Td>{o.name}</Table.Td>
                <Table.Td>{o.regionCode}</Table.Td>
                <Table.Td>
                  <Text ff="monospace" size="sm">
                    {o.fingerprint}
                  </Text>
                </Table.Td>
                <Table.Td>{last ? formatDateTime(last, props.zone) : t('sync.peer.never')}</Table.Td>
                <Table.Td>
                  <OpenWork reported={peer?.reported ?? null} />
                </Table.Td>
                <Table.Td>
                  <Badge color={o.status === 'active' ? 'teal' : 'red'} variant="light">
                    {t(`sync.offices.${o.status}`)}
                  </Badge>
                </Table.Td>
                {props.onRevoke && (
                  <Table.Td>
                    {o.status === 'active' && o.type !== 'dinsos' && (
                      <Button
                        size="compact-xs"
                        color="red"
                        variant="subtle"
                        onClick={() => props.onRevoke?.(o)}
                        aria-label={`${t('sync.offices.revoke')} ${o.name}`}
                      >
                        {t('sync.offices.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** What the office reported waiting there: conflicts (orange) and quarantine (yellow), or none. */
function OpenWork({ reported }: { reported: SyncPeer['reported'] }) {
  const { t } = useTranslation();
  if (!reported)
    return (
      <Text c="dimmed" size="sm">
        {t('sync.offices.openUnknown')}
      </Text>
    );
  if (reported.openConflicts === 0 && reported.quarantined === 0)
    return <Text size="sm">{t('sync.offices.openNone')}</Text>;
  return (
    <Group gap={4}>
      {reported.openConflicts > 0 && (
        <Badge size="sm" color="orange" variant="light" data-testid="office-open-conflicts">
          {t('sync.offices.openConflicts', { n: reported.openConflicts })}
        </Badge>
      )}
      {reported.quarantined > 0 && (
        <Badge size="sm" color="yellow" variant="light">
          {t('sync.offices.openQuarantine', { n: reported.quarantined })}
        </Badge>
      )}
    </Group>
  );
}
