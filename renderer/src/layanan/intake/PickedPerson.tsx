// The person the case is for, shown above the case form, with a link to their record and a Disdukcapil hint.
import { Anchor, Badge, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRegions } from '../../app/regions.tsx';
import { formatDay } from '../../format.ts';
import { hrefTo } from '../../nav/route.ts';
import { Dotted } from '../../ui/Dotted.tsx';
import { IdNumber } from '../../ui/IdNumber.tsx';
import type { PersonSummary } from '../../../../shared/types/register.ts';

export function PickedPerson({ person: p }: { person: PersonSummary }) {
  const { t } = useTranslation();
  const regions = useRegions();
  return (
    <Paper withBorder p="sm" bg="var(--mantine-color-gray-0)" data-testid="picked-person">
      <Group justify="space-between" wrap="nowrap">
        <div>
          <Text size="xs" c="dimmed">
            {t('intake.beneficiary')}
          </Text>
          <Text fw={700}>{p.name}</Text>
          <Text size="sm">
            <Dotted
              parts={[
                <span key="nik">
                  {t('person.nik')} <IdNumber value={p.nik} />
                </span>,
                formatDay(p.birthDate),
                regions.name(p.desaCode),
              ]}
            />
          </Text>
        </div>
        <Group gap="xs">
          {!p.nik && (
            <Badge color="yellow" variant="light">
              {t('disdukcapil.badge')}
            </Badge>
          )}
          {p.openCases > 0 && (
            <Badge color="orange" variant="light">
              {t('intake.openCases', { n: p.openCases })}
            </Badge>
          )}
          <Anchor href={hrefTo('warga', [p.id])} size="sm" tabIndex={-1}>
            {t('intake.openRecord')}
          </Anchor>
        </Group>
      </Group>
    </Paper>
  );
}
