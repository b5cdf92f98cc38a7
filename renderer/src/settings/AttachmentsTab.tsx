// Pengaturan → Lampiran: the office's attachment totals per kind of record and the records that hold the most, with free disk space.
import { Alert, Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { AttachmentSpaceNote } from '../lampiran/AttachmentSpaceNote.tsx';
import { formatBytes } from '../lampiran/file-bytes.ts';
import { hrefTo } from '../nav/route.ts';
import { useLoad } from '../ui/use-load.ts';
import type { AttachmentRecordTotal } from '../../../shared/types/attachments.ts';
import type { AttachmentOwnerType } from '../../../shared/reference/attachment-kinds.ts';

function linkOf(r: AttachmentRecordTotal): string | null {
  if (!r.link) return null;
  if (r.link.type === 'usulan') return hrefTo('rujukan', ['usulan', r.link.id]);
  return hrefTo(r.link.type === 'person' ? 'warga' : 'layanan', [r.link.id]);
}

function Head({ columns }: { columns: readonly string[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((c) => (
          <Table.Th key={c}>{c}</Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}

/** Kind of record, files and size: the cells both tables end with. */
function TotalCells(r: { ownerType: AttachmentOwnerType; count: number; bytes: number }) {
  const { t } = useTranslation();
  return (
    <>
      <Table.Td>{t(`lampiranTotals.owner.${r.ownerType}`)}</Table.Td>
      <Table.Td>{r.count}</Table.Td>
      <Table.Td>{formatBytes(r.bytes)}</Table.Td>
    </>
  );
}

export function AttachmentsTab() {
  const { t } = useTranslation();
  const totals = useLoad(() => call('attachments.totals', {}), []);
  const v = totals.value;
  if (totals.error) return <Alert color="red">{totals.error}</Alert>;
  if (!v) return <Text c="dimmed">{t('common.loading')}</Text>;
  return (
    <Stack data-testid="attachment-totals">
      <Text>
        {t('lampiranTotals.summary', {
          count: v.count,
          size: formatBytes(v.bytes),
          original: formatBytes(v.originalBytes),
        })}
      </Text>
      <AttachmentSpaceNote space={v} />
      <Title order={2} size="h4">
        {t('lampiranTotals.byType')}
      </Title>
      {v.byOwnerType.length === 0 ? (
        <Text c="dimmed">{t('lampiran.empty')}</Text>
      ) : (
        <Table data-testid="attachment-totals-types" striped>
          <Head
            columns={[t('lampiranTotals.ownerType'), t('lampiranTotals.files'), t('lampiranTotals.size')]}
          />
          <Table.Tbody>
            {v.byOwnerType.map((r) => (
              <Table.Tr key={r.ownerType}>
                <TotalCells {...r} />
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {v.records.length > 0 && (
        <>
          <Title order={2} size="h4">
            {t('lampiranTotals.byRecord')}
          </Title>
          {v.recordCount > v.records.length && (
            <Text size="sm" c="dimmed">
              {t('lampiranTotals.largestOf', { shown: v.records.length, total: v.recordCount })}
            </Text>
          )}
          <Table data-testid="attachment-totals-records" striped>
            <Head
              columns={[
                t('lampiranTotals.record'),
                t('lampiranTotals.ownerType'),
                t('lampiranTotals.files'),
                t('lampiranTotals.size'),
              ]}
            />
            <Table.Tbody>
              {v.records.map((r) => {
                const href = linkOf(r);
                return (
                  <Table.Tr key={`${r.ownerType}:${r.ownerId}`}>
                    <Table.Td>{href ? <Anchor href={href}>{r.label}</Anchor> : r.label}</Table.Td>
                    <TotalCells {...r} />
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
