// One person in a pick list (find-or-create, similar candidates): name, NIK, birth date, desa, No KK, open cases.
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRegions } from '../../app/regions.tsx';
import { formatDay } from '../../format.ts';
import { IdNumber } from '../../ui/IdNumber.tsx';
import type { PersonSummary } from '../../../../shared/types/register.ts';

interface Props {
  id: string;
  person: PersonSummary;
  active: boolean;
  onClick(): void;
}

export function PersonOption({ id, person: p, active, onClick }: Props) {
  const { t } = useTranslation();
  const regions = useRegions();
  return (
    <Group
      id={id}
      role="option"
      aria-selected={active}
      data-person-id={p.id}
      justify="space-between"
      wrap="nowrap"
      p={8}
      bg={active ? 'var(--mantine-color-teal-0)' : undefined}
      style={{ cursor: 'pointer', borderRadius: 4 }}
      onClick={onClick}
    >
      <div>
        <Text size="sm" fw={600}>
          {p.name}{' '}
          <Text span size="xs" c="dimmed">
            ({t(`sex.${p.sex}`)}
            {p.birthDate ? `, ${formatDay(p.birthDate)}` : ''})
          </Text>
        </Text>
        <Text size="xs" c="dimmed">
          {t('person.nik')} <IdNumber value={p.nik} size="xs" /> · {t('person.noKk')}{' '}
          <IdNumber value={p.noKk} size="xs" /> · {regions.name(p.desaCode)}
        </Text>
      </div>
      {p.openCases > 0 && (
        <Badge variant="light" color="orange">
          {t('intake.openCases', { n: p.openCases })}
        </Badge>
      )}
    </Group>
  );
}
