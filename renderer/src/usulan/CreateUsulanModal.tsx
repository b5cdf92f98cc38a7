// A new DTSEN proposal about a household: kind, reason, the evidence at hand, optionally from one of the person's cases.
import { Alert, Button, Checkbox, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { notifySuccess } from '../ui/notify.ts';
import {
  EVIDENCE_CODES,
  EVIDENCE_LABELS,
  EVIDENCE_REQUIRED,
  USULAN_KIND_LABELS,
  USULAN_KINDS,
  type EvidenceCode,
  type UsulanKind,
} from '../../../shared/reference/usulan.ts';
import type { UsulanDetail } from '../../../shared/types/usulan.ts';

interface Props {
  householdId: string;
  personId: string;
  /** The case it comes from (a complaint "tidak terdaftar DTSEN"), when opened from one. */
  caseId: string | null;
  onClose(): void;
  onSaved(u: UsulanDetail): void;
}

const isKind = (s: string | null): s is UsulanKind =>
  (USULAN_KINDS as readonly (string | null)[]).includes(s);

export function CreateUsulanModal({ householdId, personId, caseId, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<UsulanKind>('usul_baru');
  const [reason, setReason] = useState('');
  const [evidence, setEvidence] = useState<EvidenceCode[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (): Promise<void> => {
    setBusy(true);
    const r = await call('usulan.create', {
      householdId,
      caseId,
      personIds: [personId],
      kind,
      reason,
      evidence,
    });
    setBusy(false);
    if (!r.ok) {
      const fields = Object.values(r.error.fields ?? {});
      setError(fields.length > 0 ? fields.join(' ') : r.error.message);
      return;
    }
    notifySuccess(t('usulan.created'));
    onSaved(r.value);
  };

  return (
    <Modal opened onClose={onClose} title={t('usulan.createTitle')}>
      <Stack gap="sm">
        <Select
          label={t('usulan.kind')}
          data={USULAN_KINDS.map((k) => ({ value: k, label: USULAN_KIND_LABELS[k] }))}
          value={kind}
          onChange={(v) => isKind(v) && setKind(v)}
          allowDeselect={false}
        />
        <Textarea
          label={t('usulan.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required
          autosize
          minRows={3}
          maxLength={1000}
        />
        <Checkbox.Group
          label={t('usulan.evidence')}
          value={evidence}
          onChange={(v) => setEvidence(EVIDENCE_CODES.filter((c) => v.includes(c)))}
        >
          <Stack gap={4} mt={4}>
            {EVIDENCE_CODES.map((c) => (
              <Checkbox
                key={c}
                value={c}
                label={`${EVIDENCE_LABELS[c]}${EVIDENCE_REQUIRED[kind].includes(c) ? ' *' : ''}`}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('usulan.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void save()}>
            {t('usulan.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
