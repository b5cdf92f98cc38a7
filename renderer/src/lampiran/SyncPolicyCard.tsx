// Pengaturan → Kantor: Dinsos's rules for attachments in sync bundles (budget per bundle, kinds as metadata only); Dinsos's admin edits them.
import { Button, Card, Checkbox, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { mayCall } from '../app/permissions.ts';
import { notifyError, notifySuccess } from '../ui/notify.ts';
import { useLoad } from '../ui/use-load.ts';
import { ATTACHMENT_KINDS } from '../../../shared/reference/attachment-kinds.ts';

const MIB = 1024 * 1024;

export function SyncPolicyCard({ officeType }: { officeType: string }) {
  const { t } = useTranslation();
  const role = useApp().session.user.role;
  const policy = useLoad(() => call('attachments.syncPolicy', {}), []);
  const [mb, setMb] = useState<number | string>(20);
  const [kinds, setKinds] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!policy.value) return;
    setMb(Math.round(policy.value.bundleBudgetBytes / MIB));
    setKinds(policy.value.metadataOnlyKinds);
  }, [policy.value]);
  if (!policy.value) return null;
  const editable = officeType === 'dinsos' && mayCall(role, 'attachments.setSyncPolicy');

  const save = async (): Promise<void> => {
    setBusy(true);
    const r = await call('attachments.setSyncPolicy', {
      bundleBudgetMb: Number(mb),
      metadataOnlyKinds: kinds,
    });
    setBusy(false);
    if (!r.ok) {
      notifyError(r.error.fields?.bundleBudgetMb ?? r.error.message);
      return;
    }
    notifySuccess(t('lampiran.policy.saved'));
    policy.reload();
  };

  return (
    <Card withBorder data-testid="attachment-sync-policy">
      <Title order={4} mb="xs">
        {t('lampiran.policy.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t(editable ? 'lampiran.policy.helpDinsos' : 'lampiran.policy.helpOffice')}
      </Text>
      <Stack gap="sm">
        <NumberInput
          label={t('lampiran.policy.budget')}
          value={mb}
          onChange={setMb}
          min={1}
          max={2048}
          allowDecimal={false}
          suffix=" MB"
          w={260}
          readOnly={!editable}
        />
        <Checkbox.Group label={t('lampiran.policy.metadataOnly')} value={kinds} onChange={setKinds}>
          <Group mt="xs">
            {ATTACHMENT_KINDS.map((k) => (
              <Checkbox key={k.code} value={k.code} label={k.label} disabled={!editable} />
            ))}
          </Group>
        </Checkbox.Group>
        {editable && (
          <Group>
            <Button onClick={() => void save()} loading={busy}>
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
