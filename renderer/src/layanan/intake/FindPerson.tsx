// Step 1 of intake: type a NIK or a name; matches appear as you type (↑↓ + Enter picks), or register a new person.
import { Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { formatNumber } from '../../format.ts';
import { listKeys } from '../../ui/keyboard.ts';
import { notifySuccess } from '../../ui/notify.ts';
import { normaliseDigits } from '../../../../shared/validation/nik.ts';
import type { PersonSummary } from '../../../../shared/types/register.ts';
import { PersonOption } from './PersonOption.tsx';

interface Props {
  query: string;
  setQuery(q: string): void;
  onPick(p: PersonSummary): void;
  onNew(prefill: { nik?: string; name?: string }): void;
  onEscape(): void;
}

const LIMIT = 8;
const isDigits = (q: string): boolean => /^\d+$/.test(normaliseDigits(q));

export function FindPerson({ query, setQuery, onPick, onNew, onEscape }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [debounced] = useDebouncedValue(query, 120);
  const [found, setFound] = useState<{
    rows: PersonSummary[];
    total: number;
    capped: boolean;
    for: string;
  }>({ rows: [], total: 0, capped: false, for: '' });
  const [active, setActive] = useState(0);
  const rows = query.trim() === '' ? [] : found.rows;
  const newIndex = rows.length;

  useEffect(() => {
    let live = true;
    const q = debounced.trim();
    if (q === '') return;
    void call('persons.search', { query: q, limit: LIMIT }).then((r) => {
      if (!live || !r.ok) return;
      setFound({ rows: r.value.rows, total: r.value.total, capped: r.value.capped === true, for: q });
      // An exact NIK is the person; otherwise Enter registers someone new unless an arrow key picks a match.
      const digits = normaliseDigits(q);
      const exact = r.value.rows.findIndex((p) => p.nik === digits);
      setActive(exact >= 0 ? exact : r.value.rows.length);
    });
    return () => {
      live = false;
    };
  }, [debounced]);

  const startNew = async (): Promise<void> => {
    const q = query.trim();
    if (!isDigits(q)) return onNew(q ? { name: q } : {});
    const nik = normaliseDigits(q);
    // Typed faster than the search answered: a full NIK is checked before offering a new registration.
    if (nik.length === 16) {
      const dup = await call('persons.checkDuplicates', { nik });
      if (dup.ok && dup.value.nikMatch) {
        notifySuccess(t('intake.openedExisting', { name: dup.value.nikMatch.name }));
        return onPick(dup.value.nikMatch);
      }
    }
    onNew({ nik });
  };

  const pick = (i: number): void => {
    const p = rows[i];
    if (p) onPick(p);
    else void startNew();
  };

  return (
    <Stack gap="xs" maw={820}>
      <TextInput
        label={t('intake.find.label')}
        description={t('intake.find.hint')}
        placeholder={t('intake.find.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActive(LIMIT);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            if (query) setQuery('');
            else onEscape();
            return;
          }
          if (e.key === 'Enter') {
            e.preventDefault();
            pick(query.trim() === '' ? newIndex : active);
            return;
          }
          listKeys(e, rows.length + 1, active, setActive, pick);
        }}
        role="combobox"
        aria-expanded={query.trim() !== ''}
        aria-controls={`${id}-list`}
        aria-activedescendant={`${id}-o${Math.min(active, newIndex)}`}
        autoComplete="off"
        autoFocus
        size="md"
        data-testid="find-person"
      />
      <Paper withBorder p={4} role="listbox" id={`${id}-list`} aria-label={t('intake.find.results')}>
        {rows.map((p, i) => (
          <PersonOption
            key={p.id}
            id={`${id}-o${i}`}
            person={p}
            active={i === active}
            onClick={() => pick(i)}
          />
        ))}
        {found.total > rows.length && rows.length > 0 && (
          <Text size="xs" c="dimmed" px={8}>
            {t(found.capped ? 'intake.find.moreCapped' : 'intake.find.more', {
              n: formatNumber(found.total - rows.length),
            })}
          </Text>
        )}
        <Text
          id={`${id}-o${newIndex}`}
          role="option"
          aria-selected={active >= newIndex}
          p={8}
          fw={600}
          c="teal.9"
          bg={active >= newIndex ? 'var(--mantine-color-teal-0)' : undefined}
          style={{ cursor: 'pointer', borderRadius: 4 }}
          onClick={() => void startNew()}
          data-testid="register-new"
        >
          + {t('intake.find.new')}
        </Text>
      </Paper>
    </Stack>
  );
}
