// One musdes / muskel or SPTJM: when and where, who chaired or signed, the decisions taken, and the proposals still waiting.
import { Anchor, Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { mayCall } from '../app/permissions.ts';
import { formatDay } from '../format.ts';
import { hrefTo } from '../nav/route.ts';
import { DataRows } from '../ui/DataRows.tsx';
import { IdNumber } from '../ui/IdNumber.tsx';
import { useLoad } from '../ui/use-load.ts';
import { MUSDES_KIND_LABELS } from '../../../shared/reference/musdes.ts';
import { USULAN_KIND_LABELS, USULAN_STATE_LABELS } from '../../../shared/reference/usulan.ts';
import type { MusdesSessionDetail } from '../../../shared/types/musdes.ts';
import { MusdesDecisionsForm } from './MusdesDecisionsForm.tsx';
import { MusdesPapers } from './MusdesPapers.tsx';

export function MusdesSessionScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const role = useApp().session.user.role;
  const loaded = useLoad(() => call('musdes.get', { id }), [id]);
  const [fresh, setFresh] = useState<MusdesSessionDetail | null>(null);
  const s = fresh ?? loaded.value;
  if (loaded.error)
    return (
      <Text c="red" role="alert">
        {loaded.error}
      </Text>
    );
  if (!s) return <Text c="dimmed">{t('common.loading')}</Text>;
  const gathering = s.kind !== 'sptjm';
  return (
    <Stack gap="sm" data-testid="musdes-session">
      <Anchor href={hrefTo('rujukan', ['usulan', 'musdes'])} size="sm">
        {t('musdes.backToList')}
      </Anchor>
      <Title order={1} size="h2">
        {MUSDES_KIND_LABELS[s.kind]} — {s.desaName}, {formatDay(s.heldOn)}
      </Title>
      <Card withBorder>
        <DataRows
          rows={[
            [t('musdes.desa'), `${s.desaName} (${s.desaCode})`],
            [t('musdes.heldOn'), formatDay(s.heldOn)],
            ...(gathering
              ? ([
                  [t('musdes.place'), s.place ?? '—'],
                  [t('musdes.chair'), s.chair],
                  [t('musdes.participants'), String(s.participants ?? '—')],
                ] as [string, string][])
              : ([[t('musdes.signer'), s.chair]] as [string, string][])),
            [t('usulan.office'), `${s.officeName} (${s.recordedByName})`],
          ]}
        />
      </Card>
      {mayCall(role, 'musdes.bnba') && <MusdesPapers session={s} />}
      <Title order={2} size="h4">
        {t('musdes.decisions')}
      </Title>
      {s.decisions.length === 0 ? (
        <Text c="dimmed">{t('musdes.noDecisions')}</Text>
      ) : (
        <Table aria-label={t('musdes.decisions')} data-testid="musdes-decided">
          <Table.Tbody>
            {s.decisions.map((d) => (
              <Table.Tr key={d.usulan.id}>
                <Table.Td>
                  <Anchor href={hrefTo('rujukan', ['usulan', d.usulan.id])} size="sm">
                    {d.usulan.headName}
                  </Anchor>
                  <IdNumber value={d.usulan.noKk} />
                </Table.Td>
                <Table.Td>{USULAN_KIND_LABELS[d.usulan.kind]}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={d.decision === 'disetujui_musdes' ? 'teal' : 'red'}>
                    {USULAN_STATE_LABELS[d.decision]}
                  </Badge>
                  {!d.applied && (
                    <Text size="xs" c="dimmed">
                      {t('usulan.notApplied')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{d.reason ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {s.mayDecide && (
        <>
          <Title order={2} size="h4">
            {t('musdes.waiting')}
          </Title>
          {s.waiting.length === 0 ? (
            <Text c="dimmed">{t('musdes.noWaiting')}</Text>
          ) : (
            <MusdesDecisionsForm session={s} onDone={setFresh} />
          )}
        </>
      )}
    </Stack>
  );
}
