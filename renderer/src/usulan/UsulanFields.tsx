// The fields every new DTSEN proposal has: kind, reason and the evidence at hand (required ones starred).
import { Checkbox, Select, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  EVIDENCE_CODES,
  EVIDENCE_LABELS,
  EVIDENCE_REQUIRED,
  USULAN_KIND_LABELS,
  USULAN_KINDS,
  type EvidenceCode,
  type UsulanKind,
} from '../../../shared/reference/usulan.ts';

export interface UsulanFieldValues {
  kind: UsulanKind;
  reason: string;
  evidence: EvidenceCode[];
}

export const EMPTY_USULAN_FIELDS: UsulanFieldValues = { kind: 'usul_baru', reason: '', evidence: [] };

const isKind = (s: string | null): s is UsulanKind =>
  (USULAN_KINDS as readonly (string | null)[]).includes(s);

export function UsulanFields({
  value,
  onChange,
}: {
  value: UsulanFieldValues;
  onChange(v: UsulanFieldValues): void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Select
        label={t('usulan.kind')}
        data={USULAN_KINDS.map((k) => ({ value: k, label: USULAN_KIND_LABELS[k] }))}
        value={value.kind}
        onChange={(v) => isKind(v) && onChange({ ...value, kind: v })}
        allowDeselect={false}
      />
      <Textarea
        label={t('usulan.reason')}
        value={value.reason}
        onChange={(e) => onChange({ ...value, reason: e.currentTarget.value })}
        required
        autosize
        minRows={3}
        maxLength={1000}
      />
      <Checkbox.Group
        label={t('usulan.evidence')}
        value={value.evidence}
        onChange={(v) => onChange({ ...value, evidence: EVIDENCE_CODES.filter((c) => v.includes(c)) })}
      >
        <Stack gap={4} mt={4}>
          {EVIDENCE_CODES.map((c) => (
            <Checkbox
              key={c}
              value={c}
              label={`${EVIDENCE_LABELS[c]}${EVIDENCE_REQUIRED[value.kind].includes(c) ? ' *' : ''}`}
            />
          ))}
        </Stack>
      </Checkbox.Group>
    </>
  );
}
