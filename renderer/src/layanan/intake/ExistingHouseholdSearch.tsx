// Finds an existing household by No KK or a member's name (persons.search), picked with arrow keys and Enter.
import { Paper, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useRegions } from '../../app/regions.tsx';
import { IdNumber } from '../../ui/IdNumber.tsx';
import { listKeys } from '../../ui/keyboard.ts';
import type { PersonSummary } from '../../../../shared/types/register.ts';

interface Props {
  error?: string | undefined;
  onPick(member: PersonSummary): void;
}

export function ExistingHouseholdSearch({ error, onPick }: Props) {
  const { t } = useTranslation();
  const regions = useRegions();
  const id = useId();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text, 150);
  const [found, setFound] = useState<PersonSummary[]>([]);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    let live = true;
    if (debounced.trim().length < 2) {
      setFound([]);
      return;
    }
    void call('persons.search', { query: debounced, limit: 20 }).then((r) => {
      if (!live || !r.ok) return;
      const seen = new Set<string>();
      const households = r.value.rows.filter((p) => {
        if (!p.householdId || seen.has(p.householdId)) return false;
        seen.add(p.householdId);
        return true;
      });
      setFound(households.slice(0, 8));
      setActive(households.length > 0 ? 0 : -1);
    });
    return () => {
      live = false;
    };
  }, [debounced]);

  const pick = (i: number): void => {
    const p = found[i];
    if (!p) return;
    onPick(p);
    setFound([]);
    setText('');
  };

  return (
    <Stack gap={4}>
      <TextInput
        label={t('intake.household.search')}
        placeholder={t('intake.household.searchPlaceholder')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (found.length > 0) listKeys(e, found.length, active, setActive, pick);
        }}
        error={error}
        role="combobox"
        aria-expanded={found.length > 0}
        aria-controls={`${id}-list`}
        aria-activedescendant={active >= 0 ? `${id}-o${active}` : undefined}
      />
      {found.length > 0 && (
        <Paper withBorder p={4} role="listbox" id={`${id}-list`} aria-label={t('intake.household.search')}>
          {found.map((p, i) => (
            <UnstyledButton
              key={p.householdId}
              id={`${id}-o${i}`}
              role="option"
              aria-selected={i === active}
              tabIndex={-1}
              onClick={() => pick(i)}
              p={6}
              w="100%"
              bg={i === active ? 'var(--mantine-color-teal-0)' : undefined}
            >
              <Text size="sm">
                <IdNumber value={p.noKk} /> · {p.name} · {regions.name(p.desaCode)}
              </Text>
            </UnstyledButton>
          ))}
        </Paper>
      )}
    </Stack>
  );
}
