// Timeline of a case: creation, every status change with who, when and why, notes, referrals and follow-ups.
import { Card, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/app-context.tsx';
import { formatDateTime, zoneOfRegion } from '../../format.ts';
import { ROLES, type Role } from '../../../../shared/api/roles.ts';
import { isDecision } from '../../../../shared/reference/case-status.ts';
import type { CaseEvent } from '../../../../shared/types/cases.ts';

const COLOR: Record<CaseEvent['type'], string> = {
  dibuat: 'blue',
  transisi: 'teal',
  catatan: 'gray',
  rujukan: 'orange',
  hasil_rujukan: 'grape',
  tindak_lanjut: 'cyan',
};

const isRole = (r: string): r is Role => (ROLES as readonly string[]).includes(r);

export function CaseTimeline({ events }: { events: CaseEvent[] }) {
  const { t } = useTranslation();
  const zone = zoneOfRegion(useApp().status.office?.regionCode);
  const newestFirst = [...events].reverse();
  return (
    <Card withBorder data-testid="case-timeline">
      <Title order={4} mb="sm">
        {t('kasus.timeline')}
      </Title>
      <Timeline bulletSize={14} lineWidth={2} active={newestFirst.length}>
        {newestFirst.map((e) => {
          const move =
            e.toStatus && e.fromStatus
              ? `${t(`caseStatus.${e.fromStatus}`)} → ${t(`caseStatus.${e.toStatus}`)}`
              : e.toStatus
                ? t(`caseStatus.${e.toStatus}`)
                : null;
          return (
            <Timeline.Item
              key={e.id}
              color={COLOR[e.type]}
              title={
                <Text size="sm" fw={600}>
                  {t(`eventType.${e.type}`)}
                  {move ? `: ${move}` : ''}
                </Text>
              }
              data-event-type={e.type}
            >
              {e.reason && (
                <Text size="sm">
                  {t(e.toStatus && isDecision(e.toStatus) ? 'kasus.decision' : 'kasus.reason')}: {e.reason}
                </Text>
              )}
              {e.note && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {e.note}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {formatDateTime(e.at, zone)} · {e.actorName} (
                {isRole(e.actorRole) ? t(`role.${e.actorRole}`) : e.actorRole})
              </Text>
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Card>
  );
}
