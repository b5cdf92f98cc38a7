// The proposals waiting for this session, each approved, refused (with reason) or left; saved all at once, all or none.
import { Group, Radio, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from './FormActions.tsx';
import { call } from '../api/client.ts';
import { formKeys } from '../ui/keyboard.ts';
import { IdNumber } from '../ui/IdNumber.tsx';
import { notifySuccess } from '../ui/notify.ts';
import { USULAN_KIND_LABELS } from '../../../shared/reference/usulan.ts';
import type { MusdesDecision } from '../../../shared/reference/musdes.ts';
import type { MusdesSessionDetail } from '../../../shared/types/musdes.ts';

type Choice = MusdesDecision | 'tunda';

interface Props {
  session: MusdesSessionDetail;
  onDone(s: MusdesSessionDetail): void;
}

export function MusdesDecisionsForm({ session, onDone }: Props) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<Record<string, Choice>>({});
  const [reason, setReason] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const sptjm = session.kind === 'sptjm';
  const options: { value: Choice; label: string }[] = [
    { value: 'disetujui_musdes', label: t('musdes.approve') },
    ...(sptjm ? [] : [{ value: 'ditolak_musdes' as const, label: t('musdes.refuse') }]),
    { value: 'tunda', label: t('musdes.leave') },
  ];

  const submit = async (): Promise<void> => {
    const decisions = session.waiting.flatMap((u) => {
      const c = choice[u.id] ?? 'tunda';
      return c === 'tunda' ? [] : [{ usulanId: u.id, decision: c, reason: reason[u.id]?.trim() || null }];
    });
    setBusy(true);
    const r = await call('musdes.decide', { sessionId: session.id, decisions });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.fields?.decisions ?? r.error.message);
      return;
    }
    setError(null);
    setChoice({});
    setReason({});
    notifySuccess(t('musdes.saved'));
    onDone(r.value);
  };

  return (
    <form
      noValidate
      onKeyDown={formKeys()}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      data-testid="musdes-decisions"
    >
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('musdes.decideExplain')}
        </Text>
        <Table aria-label={t('musdes.waiting')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('usulan.household')}</Table.Th>
              <Table.Th>{t('usulan.kind')}</Table.Th>
              <Table.Th>{t('musdes.decision')}</Table.Th>
              <Table.Th>{t('usulan.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {session.waiting.map((u) => (
              <Table.Tr key={u.id} data-usulan-id={u.id}>
                <Table.Td>
                  <Text size="sm">{u.headName}</Text>
                  <IdNumber value={u.noKk} />
                </Table.Td>
                <Table.Td>{USULAN_KIND_LABELS[u.kind]}</Table.Td>
                <Table.Td>
                  <Radio.Group
                    aria-label={t('musdes.decisionFor', { name: u.headName })}
                    value={choice[u.id] ?? 'tunda'}
                    onChange={(v) => setChoice((c) => ({ ...c, [u.id]: v as Choice }))}
                  >
                    <Group gap="sm">
                      {options.map((o) => (
                        <Radio key={o.value} value={o.value} label={o.label} />
                      ))}
                    </Group>
                  </Radio.Group>
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t('musdes.reasonFor', { name: u.headName })}
                    value={reason[u.id] ?? ''}
                    onChange={(e) => {
                      const v = e.currentTarget.value;
                      setReason((r) => ({ ...r, [u.id]: v }));
                    }}
                    maxLength={1000}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <FormActions error={error} busy={busy} saveLabel={t('musdes.saveDecisions')} />
      </Stack>
    </form>
  );
}
