// Trusted offices with their fingerprint, status and last bundle date; Dinsos's admin may revoke a key here.
import { Badge, Button, Table, Text } from '@mantine/core';
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
  const lastIn = new Map(props.peers.map((p) => [p.officeId, p.lastReceivedAt]));
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing="xs" data-testid="trusted-offices">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('sync.offices.name')}</Table.Th>
            <Table.Th>{t('sync.offices.region')}</Table.Th>
            <Table.Th>{t('sync.offices.fingerprint')}</Table.Th>
            <Table.Th>{t('sync.offices.lastBundle')}</Table.Th>
            <Table.Th>{t('sync.offices.status')}</Table.Th>
            {props.onRevoke && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.offices.map((o) => {
            const last = lastIn.get(o.officeId);
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
