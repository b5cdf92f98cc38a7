// Step 1 of intake: type a NIK or a name; matches appear as you type, the first pre-selected (Enter opens it);
// registering someone new is an explicit choice (Alt+B, or the last item), offered by Enter only when nobody matches.
import { Button, Kbd, Paper, Stack, Text, TextInput } from '@mantine/core';
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

  const search = async (q: string) => {
    const r = await call('persons.search', { query: q, limit: LIMIT });
    if (!r.ok) return null;
    const next = { rows: r.value.rows, total: r.value.total, capped: r.value.capped === true, for: q };
    // An exact NIK is the person; otherwise the first match is pre-selected. A new person is Alt+B
    // (or the last item); Enter offers it only when nobody matches.
    const digits = normaliseDigits(q);
    const exact = next.rows.findIndex((p) => p.nik === digits);
    return { next, active: exact >= 0 ? exact : 0 };
  };

  useEffect(() => {
    let live = true;
    const q = debounced.trim();
    if (q === '') return;
    void search(q).then((r) => {
      if (!live || !r) return;
      setFound(r.next);
      setActive(r.active);
    });
    return () => {
      live = false;
    };
  }, [debounced]);

  /** Enter: the selected match, or a new person when nobody matches. Typed faster than the list: ask now. */
  const enter = async (): Promise<void> => {
    const q = query.trim();
    if (q === '') return;
    if (found.for === q) return pick(active);
    const seen = rows[active];
    const r = await search(q);
    if (!r) return;
    setFound(r.next);
    setActive(r.active);
    const first = r.next.rows[r.active];
    // The person highlighted on screen still matches, or the NIK is exact: open them. Other fresh
    // matches are shown first, for a second Enter; nobody at all: a new person.
    const still = seen ? r.next.rows.find((p) => p.id === seen.id) : undefined;
    if (still) return onPick(still);
    if (first && first.nik === normaliseDigits(q)) return onPick(first);
    if (r.next.rows.length === 0) return startNew();
  };

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
        onChange={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            if (query) setQuery('');
            else onEscape();
            return;
          }
          if (e.altKey && e.code === 'KeyB') {
            e.preventDefault();
            void startNew();
            return;
          }
          if (e.key === 'Enter') {
            e.preventDefault();
            void enter();
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
        rightSectionWidth={230}
        rightSection={
          <Button
            size="xs"
            variant="light"
            onClick={() => void startNew()}
            onMouseDown={(e) => e.preventDefault()}
            tabIndex={-1}
            data-testid="register-new-button"
          >
            {t('frontDesk.registerNew')}&nbsp;<Kbd size="xs">{t('frontDesk.registerNewKey')}</Kbd>
          </Button>
        }
      />
      {rows.length > 0 && found.for === query.trim() && (
        <Text size="xs" c="dimmed">
          {t('frontDesk.enterOpensFirst')}
        </Text>
      )}
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
