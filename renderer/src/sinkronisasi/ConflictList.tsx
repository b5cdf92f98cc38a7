// Open conflicts side by side (the value held now vs the value that lost, who wrote each when); keep or take the other.
import { Alert, Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { formatDateTime, type OfficeZone } from '../format.ts';
import { notifyError, notifySuccess } from '../ui/notify.ts';
import { useLoad } from '../ui/use-load.ts';
import type { ConflictSide, SyncConflict } from '../../../shared/types/sync.ts';

const TABLES = ['persons', 'households', 'cases', 'offices'] as const;
type KnownTable = (typeof TABLES)[number];
const isKnown = (t: string): t is KnownTable => (TABLES as readonly string[]).includes(t);

function Side({
  label,
  side,
  zone,
  testId,
}: {
  label: string;
  side: ConflictSide;
  zone: OfficeZone;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg">
        {side.value === null || side.value === '' ? t('sync.conflicts.empty_value') : String(side.value)}
      </Text>
      <Text size="xs" c="dimmed">
        {t('sync.conflicts.by', {
          office: side.officeName ?? side.officeId,
          when: side.at ? formatDateTime(side.at, zone) : '—',
        })}
      </Text>
    </Card>
  );
}

export function ConflictList({ zone, onChanged }: { zone: OfficeZone; onChanged(): void }) {
  const { t } = useTranslation();
  const list = useLoad(() => call('sync.conflicts', { status: 'open' }), []);
  const [busy, setBusy] = useState<string | null>(null);

  const resolve = async (c: SyncConflict, choose: 'keep' | 'other'): Promise<void> => {
    setBusy(c.id);
    const r = await call('sync.resolveConflict', { id: c.id, choose });
    setBusy(null);
    if (!r.ok) return notifyError(r.error.message);
    notifySuccess(choose === 'keep' ? t('sync.conflicts.kept') : t('sync.conflicts.overridden'));
    list.reload();
    onChanged();
  };

  if (list.error) return <Alert color="red">{list.error}</Alert>;
  if (!list.value) return <Loader aria-label={t('common.loading')} />;
  if (list.value.length === 0) return <Alert color="teal">{t('sync.conflicts.empty')}</Alert>;
  return (
    <Stack>
      <Text size="sm">{t('sync.conflicts.intro')}</Text>
      {list.value.map((c) => (
        <Card
          key={c.id}
          withBorder
          data-testid="conflict"
          data-column={c.column}
          aria-label={c.rowLabel ?? c.rowId}
        >
          <Group gap="xs" mb="xs">
            <Badge variant="light">
              {t(`sync.conflicts.tables.${isKnown(c.table) ? c.table : 'other'}`)}
            </Badge>
            <Text fw={600}>{c.rowLabel ?? c.rowId}</Text>
            <Text size="sm" c="dimmed">
              {t('sync.conflicts.field')}: <code>{c.column}</code>
            </Text>
          </Group>
          <SimpleGrid cols={2} mb="sm">
            <Side label={t('sync.conflicts.here')} side={c.current} zone={zone} testId="conflict-current" />
            <Side label={t('sync.conflicts.other')} side={c.other} zone={zone} testId="conflict-other" />
          </SimpleGrid>
          <Group>
            <Button variant="default" loading={busy === c.id} onClick={() => void resolve(c, 'keep')}>
              {t('sync.conflicts.keep')}
            </Button>
            <Button loading={busy === c.id} onClick={() => void resolve(c, 'other')}>
              {t('sync.conflicts.useOther')}
            </Button>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
