// One proposal: household, kind, reason, evidence (ticked or attached), its files, its steps, and the steps the caller may take.
import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { usePermissions } from '../app/permissions.ts';
import { AttachmentsCard } from '../lampiran/AttachmentsCard.tsx';
import { formatDateTime, formatDay, zoneOfRegion } from '../format.ts';
import { hrefTo } from '../nav/route.ts';
import { DataRows } from '../ui/DataRows.tsx';
import { IdNumber } from '../ui/IdNumber.tsx';
import { useLoad } from '../ui/use-load.ts';
import {
  EVIDENCE_CODES,
  EVIDENCE_LABELS,
  USULAN_KIND_LABELS,
  USULAN_STATE_LABELS,
  USULAN_STEP_ACTIONS,
  type UsulanStep,
} from '../../../shared/reference/usulan.ts';
import { MUSDES_KIND_SHORT } from '../../../shared/reference/musdes.ts';
import type { UsulanDetail, UsulanStepView } from '../../../shared/types/usulan.ts';
import { StepForm } from './StepForm.tsx';
import { ConditionCard } from './ConditionCard.tsx';

/** The session that decided, linking to its page when it is a record of its own. */
function SessionLine({ session }: { session: NonNullable<UsulanStepView['session']> }) {
  const { t } = useTranslation();
  const text =
    session.kind === 'sptjm'
      ? t('usulan.sessionSptjm', { date: formatDay(session.date), chair: session.chair })
      : t('usulan.session', {
          kind: MUSDES_KIND_SHORT[session.kind],
          date: formatDay(session.date),
          place: session.place ?? '',
          chair: session.chair,
          participants: session.participants ?? 0,
        });
  return session.id ? (
    <Anchor size="xs" href={hrefTo('rujukan', ['usulan', 'musdes', session.id])}>
      {text}
    </Anchor>
  ) : (
    <Text size="xs">{text}</Text>
  );
}

function StepDetail({ s }: { s: UsulanStepView }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      {s.session && <SessionLine session={s.session} />}
      {s.desil !== null && (
        <Text size="xs">{t('usulan.result', { desil: s.desil, date: formatDay(s.effectiveDate) })}</Text>
      )}
      {s.evidenceAsked.length > 0 && (
        <Text size="xs" data-testid="usulan-step-evidence-asked">
          {t('usulan.evidenceAsked', { list: s.evidenceAsked.map((c) => EVIDENCE_LABELS[c]).join(', ') })}
        </Text>
      )}
      {s.reason && <Text size="xs">{s.reason}</Text>}
      {!s.applied && (
        <Text size="xs" c="dimmed">
          {t('usulan.notApplied')}
        </Text>
      )}
    </Stack>
  );
}

/** The checklist as it stands: each item at hand, "(berkas terlampir)" when a live file stands for it. */
function evidenceText(u: UsulanDetail, attachedNote: string): string {
  const items = EVIDENCE_CODES.filter((c) => u.evidence.includes(c) || u.evidenceAttached.includes(c));
  return (
    items
      .map((c) => `${EVIDENCE_LABELS[c]}${u.evidenceAttached.includes(c) ? ` ${attachedNote}` : ''}`)
      .join(', ') || '—'
  );
}

export function UsulanDetailView({ id }: { id: string }) {
  const { t } = useTranslation();
  const office = useApp().status.office;
  const zone = zoneOfRegion(office?.regionCode);
  const perms = usePermissions();
  const loaded = useLoad(() => call('usulan.get', { id }), [id]);
  const [fresh, setFresh] = useState<UsulanDetail | null>(null);
  const [step, setStep] = useState<UsulanStep | null>(null);
  const u = fresh ?? loaded.value;
  if (loaded.error)
    return (
      <Text c="red" role="alert">
        {loaded.error}
      </Text>
    );
  if (!u) return <Text c="dimmed">{t('common.loading')}</Text>;
  return (
    <Stack gap="sm" data-testid="usulan-detail">
      <Anchor href={hrefTo('rujukan', ['usulan'])} size="sm">
        {t('usulan.backToList')}
      </Anchor>
      <Group>
        <Title order={1} size="h2">
          {USULAN_KIND_LABELS[u.kind]} — {u.headName}
        </Title>
        <Badge size="lg" variant="light" data-testid="usulan-state">
          {u.stateText}
        </Badge>
      </Group>
      <Card withBorder>
        <DataRows
          rows={[
            [t('usulan.household'), <IdNumber key="kk" value={u.noKk} />],
            [t('usulan.office'), u.officeName],
            [
              t('usulan.proposer'),
              `${u.proposerName} (${u.proposerRole}), ${formatDay(u.proposedAt.slice(0, 10))}`,
            ],
            [t('usulan.reason'), u.reason],
            ...(u.caseId
              ? [
                  [
                    t('usulan.sourceCase'),
                    <Anchor key="case" href={hrefTo('layanan', [u.caseId])}>
                      {t('usulan.openCase')}
                    </Anchor>,
                  ] as [string, ReactNode],
                ]
              : []),
            [
              t('usulan.evidence'),
              <span key="evidence" data-testid="usulan-evidence">
                {evidenceText(u, t('usulan.evidenceFiled'))}
              </span>,
            ],
          ]}
        />
        {u.evidenceAsked.length > 0 && (
          <Text c="red.8" size="sm" mt="xs" data-testid="usulan-returned-asking">
            {t('usulan.returnedAsking', { list: u.evidenceAsked.map((c) => EVIDENCE_LABELS[c]).join(', ') })}
          </Text>
        )}
        {u.missingEvidence.length > 0 && (
          <Text c="orange.8" size="sm" mt="xs">
            {t('usulan.missingEvidence', {
              list: u.missingEvidence.map((c) => EVIDENCE_LABELS[c]).join(', '),
            })}
          </Text>
        )}
      </Card>
      <ConditionCard usulan={u} onSaved={setFresh} />
      <AttachmentsCard
        owner={{ type: 'usulan', id: u.id }}
        canWrite={perms.writeRegister && u.officeId === office?.id}
        title={t('usulan.attachmentsTitle')}
        onChanged={() => {
          void call('usulan.get', { id }).then((r) => r.ok && setFresh(r.value));
        }}
      />
      <Card withBorder>
        <Title order={4} mb="xs">
          {t('usulan.actions')}
        </Title>
        {step ? (
          <StepForm
            usulan={u}
            step={step}
            onCancel={() => setStep(null)}
            onDone={(next) => {
              setFresh(next);
              setStep(null);
            }}
          />
        ) : u.allowedSteps.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('usulan.noActions')}
          </Text>
        ) : (
          <Group gap="xs">
            {u.allowedSteps.map((s) => (
              <Button key={s} size="xs" variant="light" onClick={() => setStep(s)} data-step={s}>
                {USULAN_STEP_ACTIONS[s]}
              </Button>
            ))}
          </Group>
        )}
      </Card>
      <Card withBorder>
        <Title order={4} mb="xs">
          {t('usulan.steps')}
        </Title>
        {u.steps.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('usulan.noSteps')}
          </Text>
        ) : (
          <Table data-testid="usulan-steps">
            <Table.Tbody>
              {u.steps.map((s) => (
                <Table.Tr key={s.id} opacity={s.applied ? 1 : 0.6}>
                  <Table.Td>{USULAN_STATE_LABELS[s.step]}</Table.Td>
                  <Table.Td>
                    <Text size="xs">
                      {s.actorName} · {s.officeName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(s.at, zone)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <StepDetail s={s} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </Stack>
  );
}
