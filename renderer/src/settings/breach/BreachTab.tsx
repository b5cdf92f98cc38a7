// Pengaturan → Kebocoran data (admin): what was lost, whose data it held, record the breach, download the notice draft.
import {
  Alert,
  Button,
  FileInput,
  Group,
  Loader,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useApp } from '../../app/app-context.tsx';
import { formatDateTime, officeToday, zoneOfRegion } from '../../format.ts';
import { DayInput } from '../../ui/DayInput.tsx';
import { fieldErrorsOf, type FieldErrors } from '../../ui/field-errors.ts';
import { notifySuccess } from '../../ui/notify.ts';
import { useLoad } from '../../ui/use-load.ts';
import {
  EXPORT_KIND_LABELS,
  type BreachList,
  type BreachSource,
  type ExportLogEntry,
} from '../../../../shared/types/breach.ts';
import { BreachIncidents } from './BreachIncidents.tsx';
import { BreachListView } from './BreachListView.tsx';
import { sha256OfFile } from './file-hash.ts';

type Kind = 'device' | 'export' | 'file';

export function BreachTab() {
  const { t } = useTranslation();
  const zone = zoneOfRegion(useApp().status.office?.regionCode);
  const sources = useLoad(() => call('breach.sources', {}), []);
  const today = officeToday(zone);
  const [kind, setKind] = useState<Kind>('export');
  const [officeId, setOfficeId] = useState<string | null>(null);
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [exportId, setExportId] = useState<string | null>(null);
  const [picked, setPicked] = useState<
    { state: 'hashing' | 'unknown' } | { state: 'known'; entry: ExportLogEntry } | null
  >(null);
  const [list, setList] = useState<BreachList | null>(null);
  const [occurredOn, setOccurredOn] = useState('');
  const [how, setHow] = useState('');
  const [steps, setSteps] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (sources.error) return <Alert color="red">{sources.error}</Alert>;
  const s = sources.value;
  if (!s) return <Loader aria-label={t('common.loading')} />;
  const ownOffice = s.offices.find((o) => o.own)?.id ?? null;

  const describe = (e: ExportLogEntry): string =>
    t('breach.exportOption', {
      at: formatDateTime(e.at, zone),
      kind: EXPORT_KIND_LABELS[e.kind],
      file: e.fileName,
      who: e.scope === 'register' ? t('breach.wholeRegister') : t('breach.persons', { count: e.personCount }),
    });

  const source = (): BreachSource | null => {
    if (kind === 'device') {
      const id = officeId ?? ownOffice;
      return id ? { kind: 'device', officeId: id, from, to } : null;
    }
    if (kind === 'file')
      return picked?.state === 'known' ? { kind: 'export', exportId: picked.entry.id } : null;
    return exportId ? { kind: 'export', exportId } : null;
  };

  const pick = async (file: File | null): Promise<void> => {
    setList(null);
    if (!file) return setPicked(null);
    setPicked({ state: 'hashing' });
    const r = await call('breach.identify', { sha256: await sha256OfFile(file) });
    setPicked(r.ok && r.value.match ? { state: 'known', entry: r.value.match } : { state: 'unknown' });
  };

  const show = async (): Promise<void> => {
    const src = source();
    if (!src) return;
    setBusy(true);
    setFailure(null);
    const r = await call('breach.list', { source: src });
    setBusy(false);
    if (r.ok) setList(r.value);
    else setFailure(r.error.message);
  };

  const record = async (): Promise<void> => {
    if (!list) return;
    setBusy(true);
    setFailure(null);
    const r = await call('breach.record', {
      source: list.source,
      occurredOn: occurredOn || null,
      how,
      steps,
    });
    setBusy(false);
    if (!r.ok) {
      setErrors(fieldErrorsOf(r.error));
      setFailure(r.error.message);
      return;
    }
    setErrors({});
    notifySuccess(t('breach.recorded', { deadline: formatDateTime(r.value.deadline, zone) }));
    setList(null);
    setHow('');
    setSteps('');
    setOccurredOn('');
    sources.reload();
  };

  return (
    <Stack maw={1000}>
      <Text size="sm" c="dimmed">
        {t('breach.description')}
      </Text>
      <Text fw={600}>{t('breach.what')}</Text>
      <SegmentedControl
        value={kind}
        onChange={(v) => {
          setKind(v as Kind);
          setList(null);
        }}
        data={(['export', 'file', 'device'] as const).map((k) => ({
          value: k,
          label: t(`breach.kinds.${k}`),
        }))}
      />
      {kind === 'device' && (
        <Group grow align="flex-start">
          <Select
            label={t('breach.office')}
            data={s.offices.map((o) => ({ value: o.id, label: `${o.name} (${o.regionCode})` }))}
            value={officeId ?? ownOffice}
            onChange={setOfficeId}
            allowDeselect={false}
            searchable
          />
          <DayInput label={t('breach.from')} value={from} onChange={setFrom} />
          <DayInput label={t('breach.to')} value={to} onChange={setTo} />
        </Group>
      )}
      {kind === 'export' && (
        <Select
          label={t('breach.exportFile')}
          data={s.exports.map((e) => ({ value: e.id, label: describe(e) }))}
          value={exportId}
          onChange={(v) => {
            setExportId(v);
            setList(null);
          }}
          searchable
          data-testid="breach-export"
        />
      )}
      {kind === 'file' && (
        <>
          <FileInput
            label={t('breach.pickFile')}
            onChange={(f) => void pick(f)}
            clearable
            data-testid="breach-file"
          />
          {picked?.state === 'hashing' && <Text size="sm">{t('breach.hashing')}</Text>}
          {picked?.state === 'known' && (
            <Alert color="blue">
              {t('breach.recognised', {
                file: picked.entry.fileName,
                kind: EXPORT_KIND_LABELS[picked.entry.kind],
                at: formatDateTime(picked.entry.at, zone),
              })}
            </Alert>
          )}
          {picked?.state === 'unknown' && <Alert color="yellow">{t('breach.notRecognised')}</Alert>}
        </>
      )}
      <Group>
        <Button onClick={() => void show()} disabled={!source()} loading={busy && !list}>
          {t('breach.show')}
        </Button>
      </Group>
      {list && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void record();
          }}
        >
          <Stack>
            <BreachListView list={list} />
            <DayInput
              label={t('breach.occurredOn')}
              value={occurredOn}
              onChange={setOccurredOn}
              error={errors.occurredOn}
            />
            <Textarea
              label={t('breach.how')}
              placeholder={t('breach.howHint')}
              value={how}
              onChange={(e) => setHow(e.currentTarget.value)}
              error={errors.how}
              autosize
              minRows={2}
              required
            />
            <Textarea
              label={t('breach.steps')}
              placeholder={t('breach.stepsHint')}
              value={steps}
              onChange={(e) => setSteps(e.currentTarget.value)}
              error={errors.steps}
              autosize
              minRows={2}
              required
            />
            <Group>
              <Button type="submit" color="red" loading={busy}>
                {t('breach.record')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      <BreachIncidents incidents={s.incidents} />
    </Stack>
  );
}
