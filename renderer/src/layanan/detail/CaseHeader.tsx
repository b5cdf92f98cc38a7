// Case header: number, status, kind and category, beneficiary link, fast track, overdue, description.
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/app-context.tsx';
import { LIST, useReference } from '../../app/reference.tsx';
import { useRegions } from '../../app/regions.tsx';
import { formatDateTime, zoneOfRegion } from '../../format.ts';
import { hrefTo } from '../../nav/route.ts';
import { DataRows } from '../../ui/DataRows.tsx';
import { FastTrackBadge, OverdueBadge, StatusBadge } from '../../ui/StatusBadge.tsx';
import type { CaseDetail } from '../../../../shared/types/cases.ts';

export function CaseHeader({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const ref = useReference();
  const regions = useRegions();
  const zone = zoneOfRegion(useApp().status.office?.regionCode);
  const heading = useRef<HTMLHeadingElement | null>(null);
  // Keyboard users land on the case (after intake or from a list); Tab goes on to its actions.
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  const kind = c.subKind
    ? `${t(`caseKind.${c.kind}`)} · ${t(`subKind.${c.subKind}`)}`
    : t(`caseKind.${c.kind}`);
  const category = [ref.label(LIST.category, c.category), ref.label(LIST.subCategory, c.subCategory)]
    .filter(Boolean)
    .join(' › ');
  return (
    <Card withBorder data-testid="case-header">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text size="xs" c="dimmed">
              {t('kasus.number')}
            </Text>
            <Title
              order={1}
              size="h2"
              ff="monospace"
              data-testid="case-number"
              tabIndex={-1}
              ref={heading}
              style={{ outline: 'none' }}
            >
              {c.caseNumber}
            </Title>
          </div>
          <Group gap="xs">
            <StatusBadge status={c.status} size="lg" />
            {c.overdue && <OverdueBadge size="md" />}
            {c.fastTrack && <FastTrackBadge size="md" />}
          </Group>
        </Group>
        <DataRows
          rows={[
            [
              t('kasus.beneficiary'),
              <Anchor
                key="b"
                href={hrefTo('warga', [c.beneficiaryId])}
                fw={600}
                data-testid="beneficiary-link"
              >
                {c.beneficiaryName}
              </Anchor>,
            ],
            [t('kasus.kind'), kind],
            [t('kasus.category'), category],
            [t('kasus.channel'), ref.label(LIST.channel, c.channel)],
            [t('person.desa'), regions.name(c.desaCode)],
            [t('kasus.receivedAt'), formatDateTime(c.receivedAt, zone)],
            ...(c.closedAt
              ? [[t('kasus.closedAt'), formatDateTime(c.closedAt, zone)] as [string, string]]
              : []),
            ...(c.decision
              ? [
                  [
                    t('kasus.decisionOf'),
                    <span key="d" data-testid="case-decision">
                      {c.decision.text}{' '}
                      <Text span size="xs" c="dimmed">
                        (
                        {t('kasus.decisionBy', {
                          name: c.decision.actorName,
                          at: formatDateTime(c.decision.at, zone),
                        })}
                        )
                      </Text>
                    </span>,
                  ] as [string, ReactNode],
                ]
              : []),
            ...(c.fastTrack && c.fastTrackReason
              ? [[t('kasus.fastTrackReason'), c.fastTrackReason] as [string, string]]
              : []),
            ...(c.reporterDisplayName
              ? [[t('kasus.reporter'), c.reporterDisplayName] as [string, string]]
              : []),
          ]}
        />
        <Text size="sm" fw={600} mt="xs">
          {t('kasus.description')}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {c.description}
        </Text>
      </Stack>
    </Card>
  );
}
