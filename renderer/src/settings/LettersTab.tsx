// Pengaturan → Surat rujukan: whom each destination's referral letter addresses (default head of the agency or the office's own).
import { Alert, Button, Group, Loader, Stack, Table, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { mayCall } from '../app/permissions.ts';
import { fieldErrorsOf, formMessage } from '../ui/field-errors.ts';
import { notifySuccess } from '../ui/notify.ts';
import { useLoad } from '../ui/use-load.ts';
import type { LetterAddressee } from '../../../shared/types/letters.ts';
import { changedAddressees } from './letter-draft.ts';

export function LettersTab() {
  const { t } = useTranslation();
  const mayEdit = mayCall(useApp().session.user.role, 'letters.updateAddressees');
  const loaded = useLoad(() => call('letters.addressees', {}), []);
  const [items, setItems] = useState<LetterAddressee[] | null>(null);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const take = (list: LetterAddressee[]): void => {
    setItems(list);
    setDraft(Object.fromEntries(list.map((i) => [i.destination, i.own ?? ''])));
  };
  useEffect(() => {
    if (loaded.value) take(loaded.value);
  }, [loaded.value]);

  if (loaded.error) return <Alert color="red">{loaded.error}</Alert>;
  if (!items) return <Loader aria-label={t('common.loading')} />;

  const changed = changedAddressees(items, draft);
  const save = async (): Promise<void> => {
    setBusy(true);
    setFailure(null);
    const r = await call('letters.updateAddressees', { own: changed });
    setBusy(false);
    if (r.ok) {
      take(r.value);
      notifySuccess(t('letters.saved'));
    } else {
      const fields = Object.keys(fieldErrorsOf(r.error));
      setFailure(formMessage(r.error, []) + (fields.length ? ` (${fields.join(', ')})` : ''));
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {t(mayEdit ? 'letters.description' : 'letters.readOnly')}
        </Text>
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" data-testid="letter-addressees">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="30%">{t('letters.destination')}</Table.Th>
                <Table.Th>{t('letters.addressee')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.destination} data-destination={item.destination}>
                  <Table.Td>
                    <Text size="sm">{item.label}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Textarea
                      aria-label={t('letters.addresseeFor', { destination: item.label })}
                      placeholder={item.defaultLines.join('\n')}
                      value={draft[item.destination] ?? ''}
                      onChange={(e) => setDraft({ ...draft, [item.destination]: e.currentTarget.value })}
                      readOnly={!mayEdit}
                      autosize
                      minRows={1}
                      maxLength={300}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {failure && <Alert color="red">{failure}</Alert>}
        {mayEdit && (
          <Group>
            <Button type="submit" loading={busy} disabled={Object.keys(changed).length === 0}>
              {t('letters.save')}
            </Button>
            <Text size="sm" c="dimmed">
              {t('letters.emptyMeansDefault')}
            </Text>
          </Group>
        )}
      </Stack>
    </form>
  );
}
