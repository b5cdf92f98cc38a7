// Proposals in bulk: find residents (all, or those not in DTSEN), tick their households, one kind and reason for all.
import { Alert, Button, Checkbox, Group, Modal, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { IdNumber } from '../ui/IdNumber.tsx';
import { notifySuccess } from '../ui/notify.ts';
import { useLoad } from '../ui/use-load.ts';
import { EMPTY_USULAN_FIELDS, UsulanFields, type UsulanFieldValues } from './UsulanFields.tsx';

/** A ticked household and how the list names it (the resident it was found through). */
interface Chosen {
  householdId: string;
  label: string;
}

export function BulkUsulanModal({ onClose, onSaved }: { onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [q] = useDebouncedValue(query, 200);
  const [notInDtsen, setNotInDtsen] = useState(true);
  const [chosen, setChosen] = useState<Chosen[]>([]);
  const [fields, setFields] = useState<UsulanFieldValues>(EMPTY_USULAN_FIELDS);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const found = useLoad(
    () =>
      call('persons.search', {
        query: q,
        limit: 50,
        ...(notInDtsen ? { dtsenStatus: 'tidak_terdaftar' as const } : {}),
      }),
    [q, notInDtsen],
  );
  const ticked = new Set(chosen.map((c) => c.householdId));

  const toggle = (householdId: string, label: string): void =>
    setChosen((now) =>
      now.some((c) => c.householdId === householdId)
        ? now.filter((c) => c.householdId !== householdId)
        : [...now, { householdId, label }],
    );

  const save = async (): Promise<void> => {
    setBusy(true);
    const r = await call('usulan.createBulk', { householdIds: chosen.map((c) => c.householdId), ...fields });
    setBusy(false);
    if (!r.ok) {
      const messages = Object.values(r.error.fields ?? {});
      setError(messages.length > 0 ? messages.join(' ') : r.error.message);
      return;
    }
    notifySuccess(t('usulanBulk.created', { n: r.value.ids.length }));
    onSaved();
  };

  const rows = (found.value?.rows ?? []).filter((p) => p.householdId !== null);
  return (
    <Modal opened onClose={onClose} title={t('usulanBulk.title')} size="xl">
      <Stack gap="sm">
        <Group align="flex-end">
          <TextInput
            label={t('usulanBulk.search')}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            data-autofocus
            flex={1}
          />
          <Switch
            label={t('usulanBulk.notInDtsen')}
            checked={notInDtsen}
            onChange={(e) => setNotInDtsen(e.currentTarget.checked)}
          />
        </Group>
        <Table aria-label={t('usulanBulk.results')} data-testid="usulan-bulk-results">
          <Table.Tbody>
            {rows.map((p) => {
              const householdId = p.householdId ?? '';
              return (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Checkbox
                      aria-label={t('usulanBulk.pick', { name: p.name })}
                      checked={ticked.has(householdId)}
                      onChange={() => toggle(householdId, p.name)}
                    />
                  </Table.Td>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>
                    <IdNumber value={p.noKk} />
                  </Table.Td>
                  <Table.Td>{p.desaCode}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {found.value && rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('usulanBulk.none')}
          </Text>
        )}
        <Text size="sm" fw={600} aria-live="polite" data-testid="usulan-bulk-chosen">
          {t('usulanBulk.chosen', { n: chosen.length })}
          {chosen.length > 0 ? `: ${chosen.map((c) => c.label).join(', ')}` : ''}
        </Text>
        <UsulanFields value={fields} onChange={setFields} />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('usulan.cancel')}
          </Button>
          <Button loading={busy} disabled={chosen.length === 0} onClick={() => void save()}>
            {t('usulanBulk.save', { n: chosen.length })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
