// The month's report state: Draf, Final vN, or "Perlu revisi" with what changed since the last finalized version.
import { Badge, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportState } from '../../../shared/types/reports.ts';

/** The parts of the report the core compares (electron/core/reports/finalize.ts); others are shown as they come. */
const SECTIONS = [
  'served',
  'cases',
  'referrals',
  'office',
  'regionPath',
  'period',
  'openReferrals',
  'durationDays',
  'activities',
  'obstacles',
  'recommendations',
  'dtsen',
  'offices',
  'dtsenListed',
] as const;
type Section = (typeof SECTIONS)[number];
const isSection = (s: string): s is Section => (SECTIONS as readonly string[]).includes(s);

export function ReportStateBadge({ state }: { state: ReportState }) {
  const { t } = useTranslation();
  if (state.kind === 'draft')
    return (
      <Badge color="gray" size="lg" data-testid="report-state" data-state="draft">
        {t('laporan.state.draft')}
      </Badge>
    );
  if (state.kind === 'final')
    return (
      <Badge color="green" size="lg" data-testid="report-state" data-state="final">
        {t('laporan.state.final', { version: state.version.version })}
      </Badge>
    );
  return (
    <Stack gap={4}>
      <Badge color="orange" size="lg" data-testid="report-state" data-state="needs_revision">
        {t('laporan.state.needsRevision', { version: state.version.version })}
      </Badge>
      {state.changed.length > 0 && (
        <>
          <Text size="xs" c="dimmed">
            {t('laporan.state.changed')}
          </Text>
          <List size="xs" data-testid="report-changed">
            {state.changed.map((c) => (
              <List.Item key={c}>{isSection(c) ? t(`laporan.section.${c}`) : c}</List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}
