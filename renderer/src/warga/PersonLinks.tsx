// "Juga terdaftar di …": the resident's other records linked by a Dinsos decision (office, record id, date).
import { Alert, Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { formatDate, zoneOfRegion } from '../format.ts';
import { hrefTo } from '../nav/route.ts';
import { useLoad } from '../ui/use-load.ts';

export function PersonLinks({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const office = useApp().status.office;
  const zone = zoneOfRegion(office?.regionCode);
  const links = useLoad(() => call('persons.links', { personId }), [personId]);
  const list = links.value ?? [];
  if (list.length === 0) return null;
  // Only Dinsos holds the other office's record; an office sees its id and office, not its contents.
  const atDinsos = office?.type === 'dinsos';
  return (
    <Alert color="blue" title={t('duplicates.links.title')} data-testid="person-links">
      <List size="sm">
        {list.map((l) => (
          <List.Item key={l.personId} data-linked-person={l.personId}>
            <Text span size="sm">
              {t('duplicates.links.item', {
                office: l.officeName ?? t('duplicates.unknownOffice'),
                date: formatDate(l.decidedAt, zone),
              })}{' '}
              {atDinsos ? (
                <Anchor href={hrefTo('warga', [l.personId])} size="sm">
                  {t('duplicates.links.recordId', { id: l.personId })}
                </Anchor>
              ) : (
                t('duplicates.links.recordId', { id: l.personId })
              )}
              {l.otherIsPrimary ? ` — ${t('duplicates.links.otherPrimary')}` : ''}
            </Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
