// Before saving a new person: people with a similar name, the same birth date and desa; pick one or confirm "new".
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listKeys } from '../../ui/keyboard.ts';
import type { PersonSummary } from '../../../../shared/types/register.ts';
import { PersonOption } from './PersonOption.tsx';

interface Props {
  candidates: PersonSummary[];
  onPick(p: PersonSummary): void;
  onConfirmNew(): void;
  onBack(): void;
}

export function SimilarCandidates({ candidates, onPick, onConfirmNew, onBack }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLDivElement | null>(null);
  useEffect(() => listRef.current?.focus(), []);
  const count = candidates.length + 1;
  const pick = (i: number): void => {
    const p = candidates[i];
    if (p) onPick(p);
    else onConfirmNew();
  };
  return (
    <Stack maw={820} data-testid="similar-candidates">
      <Title order={4}>{t('intake.similar.title')}</Title>
      <Alert color="yellow" variant="light">
        {t('intake.similar.explain')}
      </Alert>
      <Paper
        withBorder
        p={4}
        role="listbox"
        aria-label={t('intake.similar.title')}
        aria-activedescendant={`${id}-o${active}`}
        tabIndex={0}
        ref={listRef}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onBack();
            return;
          }
          listKeys(e, count, active, setActive, pick);
        }}
      >
        {candidates.map((p, i) => (
          <PersonOption
            key={p.id}
            id={`${id}-o${i}`}
            person={p}
            active={i === active}
            onClick={() => pick(i)}
          />
        ))}
        <Text
          id={`${id}-o${candidates.length}`}
          role="option"
          aria-selected={active === candidates.length}
          p={8}
          fw={600}
          c="teal.9"
          bg={active === candidates.length ? 'var(--mantine-color-teal-0)' : undefined}
          style={{ cursor: 'pointer' }}
          onClick={onConfirmNew}
        >
          {t('intake.similar.confirmNew')}
        </Text>
      </Paper>
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {t('intake.similar.keys')}
        </Text>
        <Button variant="default" onClick={onBack}>
          {t('common.back')}
        </Button>
      </Group>
    </Stack>
  );
}
