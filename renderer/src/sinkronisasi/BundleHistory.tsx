// Bundles in (sender, sequence, counts and files, clock skew, status or refusal reason) and out (recipient, files, confirmed, download).
import { Badge, Button, Card, Group, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber, type OfficeZone } from '../format.ts';
import type { BundleInRow, BundleOutRow, SyncStatus } from '../../../shared/types/sync.ts';
import { downloadBundle } from './download-bundle.ts';
import { sizeText, skewText } from './sync-format.ts';
import { bundlesOf, type OfficeRef } from './office-filter.ts';

const IN_COLOR = { applied: 'teal', already_applied: 'gray', refused: 'red' } as const;

/** How many attachment files the bundle carried, when it carried any. */
function AttachmentsBadge({ n }: { n: number }) {
  const { t } = useTranslation();
  if (n === 0) return null;
  return (
    <Badge size="xs" color="blue" variant="light" data-testid="bundle-attachments">
      {t('sync.history.attachments', { n: formatNumber(n) })}
    </Badge>
  );
}

function InTable({ rows, zone }: { rows: BundleInRow[]; zone: OfficeZone }) {
  const { t } = useTranslation();
  return (
    <Table striped highlightOnHover verticalSpacing="xs" data-testid="bundles-in">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('sync.history.sender')}</Table.Th>
          <Table.Th>{t('sync.history.sequence')}</Table.Th>
          <Table.Th>{t('sync.history.when')}</Table.Th>
          <Table.Th>{t('sync.history.counts')}</Table.Th>
          <Table.Th>{t('sync.history.skew')}</Table.Th>
          <Table.Th>{t('sync.history.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>
              <Text size="sm" fw={500}>
                {r.senderName ?? t('sync.history.unknownSender')}
              </Text>
              <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                {r.senderRegionCode ? `${r.senderRegionCode} · ` : ''}
                {r.fileName}
              </Text>
            </Table.Td>
            <Table.Td>{r.sequence ?? '—'}</Table.Td>
            <Table.Td>{formatDateTime(r.receivedAt, zone)}</Table.Td>
            <Table.Td>
              <Text size="sm">
                {t('sync.history.countsValue', {
                  applied: formatNumber(r.applied),
                  records: formatNumber(r.records),
                })}
              </Text>
              <Group gap={4}>
                {r.conflicts > 0 && (
                  <Badge size="xs" color="orange">
                    {t('sync.history.conflicts', { n: r.conflicts })}
                  </Badge>
                )}
                {r.quarantined > 0 && (
                  <Badge size="xs" color="yellow">
                    {t('sync.history.quarantined', { n: r.quarantined })}
                  </Badge>
                )}
                <AttachmentsBadge n={r.attachments} />
              </Group>
            </Table.Td>
            <Table.Td>
              {r.clockSkewMs !== null && (
                <Badge
                  size="sm"
                  variant="light"
                  color={r.skewFlagged ? 'orange' : 'gray'}
                  data-testid={r.skewFlagged ? 'skew-flagged' : undefined}
                >
                  {skewText(t, r.clockSkewMs, r.clockSkewMaxMs)}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              <Badge color={IN_COLOR[r.status]} variant="light">
                {t(`sync.inStatus.${r.status}`)}
              </Badge>
              {r.reason && (
                <Text size="xs" c="red" maw={320}>
                  {r.reason}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function OutTable({
  rows,
  zone,
  mayDownload,
}: {
  rows: BundleOutRow[];
  zone: OfficeZone;
  mayDownload: boolean;
}) {
  const { t } = useTranslation();
  const statusOf = (r: BundleOutRow): 'menulis' | 'terkirim' | 'gagal' | 'confirmed' =>
    r.acknowledged ? 'confirmed' : r.status === 'menulis' || r.status === 'gagal' ? r.status : 'terkirim';
  return (
    <Table striped highlightOnHover verticalSpacing="xs" data-testid="bundles-out">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('sync.history.recipient')}</Table.Th>
          <Table.Th>{t('sync.history.sequence')}</Table.Th>
          <Table.Th>{t('sync.history.when')}</Table.Th>
          <Table.Th>{t('sync.history.counts')}</Table.Th>
          <Table.Th>{t('sync.history.size')}</Table.Th>
          <Table.Th>{t('sync.history.status')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => {
          const s = statusOf(r);
          return (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {r.recipientName}
                </Text>
                <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                  {r.fileName}
                </Text>
              </Table.Td>
              <Table.Td>{r.sequence}</Table.Td>
              <Table.Td>{formatDateTime(r.createdAt, zone)}</Table.Td>
              <Table.Td>
                <Text size="sm">{formatNumber(r.records)}</Text>
                <AttachmentsBadge n={r.attachments} />
              </Table.Td>
              <Table.Td>{sizeText(r.bytes)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={s === 'confirmed' ? 'teal' : s === 'gagal' ? 'red' : 'blue'}>
                  {t(`sync.outStatus.${s}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {mayDownload && r.available && (
                  <Tooltip label={r.fileName}>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => void downloadBundle(r.fileName)}
                    >
                      {t('sync.export.download')}
                    </Button>
                  </Tooltip>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

export function BundleHistory(props: {
  status: Pick<SyncStatus, 'bundlesIn' | 'bundlesOut'>;
  zone: OfficeZone;
  mayDownload: boolean;
  inboxFirst?: boolean;
  /** Only this office's bundles (opened from the health board). */
  office?: OfficeRef | null;
}) {
  const { t } = useTranslation();
  const { zone } = props;
  const status = bundlesOf(props.status, props.office ?? null);
  const inCard = (
    <Card withBorder key="in" component="section" aria-label={t('sync.history.inTitle')}>
      <Title order={4} mb="sm">
        {t('sync.history.inTitle')}
      </Title>
      {status.bundlesIn.length === 0 ? (
        <Text c="dimmed">{t('sync.history.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <InTable rows={status.bundlesIn} zone={zone} />
        </Table.ScrollContainer>
      )}
    </Card>
  );
  const outCard = (
    <Card withBorder key="out" component="section" aria-label={t('sync.history.outTitle')}>
      <Title order={4} mb="sm">
        {t('sync.history.outTitle')}
      </Title>
      {status.bundlesOut.length === 0 ? (
        <Text c="dimmed">{t('sync.history.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <OutTable rows={status.bundlesOut} zone={zone} mayDownload={props.mayDownload} />
        </Table.ScrollContainer>
      )}
    </Card>
  );
  return <Stack>{props.inboxFirst ? [inCard, outCard] : [outCard, inCard]}</Stack>;
}
