// The review queue at Dinsos (#/warga/data-ganda): pair by pair, keyboard-first — S sama, B bukan, J/K, 1/2, U undo.
import { Alert, Anchor, Button, Group, Kbd, Loader, Stack, Text, Textarea, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApp } from '../app/app-context.tsx';
import { mayCall } from '../app/permissions.ts';
import { hrefTo, listHref, navigate } from '../nav/route.ts';
import { OfficeFilterBar } from '../sinkronisasi/OfficeFilterBar.tsx';
import { notifyError, notifySuccess } from '../ui/notify.ts';
import { useLoad } from '../ui/use-load.ts';
import type { DuplicateCandidate, DuplicateDecision } from '../../../shared/types/duplicates.ts';
import { DuplicatePair } from './DuplicatePair.tsx';
import { DuplicateScanPanel } from './DuplicateScanPanel.tsx';
import { DUPLICATE_QUEUE } from './duplicate-queue-path.ts';

const QUEUE_SIZE = 200;
const MIN_REASON = 5;

interface Decided {
  pair: DuplicateCandidate;
  decision: DuplicateDecision;
}

/** `query`: `office` and `officeName` when opened from the health board for one office's pairs. */
export function DuplicateQueue({ query }: { query: URLSearchParams }) {
  const { t } = useTranslation();
  // The pengamat reads the queue; scanning and deciding are for admin and koordinator.
  const mayScan = mayCall(useApp().session.user.role, 'duplicates.scan');
  const officeId = query.get('office');
  const office = officeId ? { id: officeId, name: query.get('officeName') ?? officeId } : null;
  const loaded = useLoad(
    () => call('duplicates.list', { limit: QUEUE_SIZE, ...(office ? { office: office.id } : {}) }),
    [],
  );
  const [done, setDone] = useState<Set<string>>(new Set());
  const [index, setIndex] = useState(0);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [primaryChoice, setPrimaryChoice] = useState<Record<string, string>>({});
  const [last, setLast] = useState<Decided | null>(null);
  const [busy, setBusy] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  const key = (p: DuplicateCandidate): string => `${p.a.personId}|${p.b.personId}`;
  const queue = (loaded.value ?? []).filter((p) => !done.has(key(p)));
  const at = Math.min(index, Math.max(0, queue.length - 1));
  const pair = queue[at];
  const primary = pair ? (primaryChoice[key(pair)] ?? pair.a.personId) : '';

  const decide = async (decision: DuplicateDecision): Promise<void> => {
    if (!pair || busy) return;
    if (reason.trim().length < MIN_REASON) {
      setReasonError(t('duplicates.queue.reasonRequired'));
      reasonRef.current?.focus();
      return;
    }
    setBusy(true);
    const r = await call('duplicates.decide', {
      personA: pair.a.personId,
      personB: pair.b.personId,
      decision,
      ...(decision === 'sama' ? { primaryPersonId: primary } : {}),
      reason: reason.trim(),
    });
    setBusy(false);
    if (!r.ok) return notifyError(r.error.message);
    setDone(new Set([...done, key(pair)]));
    setLast({ pair, decision });
    setReason('');
    setReasonError(null);
    notifySuccess(t(decision === 'sama' ? 'duplicates.queue.decidedSama' : 'duplicates.queue.decidedBukan'));
  };

  const undo = async (): Promise<void> => {
    if (!last || busy) return;
    setBusy(true);
    const r = await call('duplicates.undo', {
      personA: last.pair.a.personId,
      personB: last.pair.b.personId,
      reason: reason.trim().length >= MIN_REASON ? reason.trim() : t('duplicates.queue.undoReason'),
    });
    setBusy(false);
    if (!r.ok) return notifyError(r.error.message);
    const back = new Set(done);
    back.delete(key(last.pair));
    setDone(back);
    const restored = (loaded.value ?? []).filter((p) => !back.has(key(p))).indexOf(last.pair);
    setIndex(Math.max(0, restored));
    setLast(null);
    notifySuccess(t('duplicates.queue.undone'));
  };

  useHotkeys([
    ['s', () => void decide('sama')],
    ['b', () => void decide('bukan')],
    ['j', () => setIndex(Math.min(at + 1, Math.max(0, queue.length - 1)))],
    ['k', () => setIndex(Math.max(0, at - 1))],
    ['u', () => void undo()],
    ['1', () => pair && setPrimaryChoice({ ...primaryChoice, [key(pair)]: pair.a.personId })],
    ['2', () => pair && setPrimaryChoice({ ...primaryChoice, [key(pair)]: pair.b.personId })],
    ['r', () => reasonRef.current?.focus()],
  ]);

  if (loaded.error) return <Alert color="red">{loaded.error}</Alert>;
  if (!loaded.value) return <Loader aria-label={t('common.loading')} />;

  return (
    <Stack data-testid="duplicate-queue">
      <Anchor href={listHref('warga')} size="sm">
        ← {t('warga.backToList')}
      </Anchor>
      <Title order={1} size="h2">
        {t('duplicates.queue.title')}
      </Title>
      <OfficeFilterBar office={office} onClear={() => navigate(hrefTo('warga', [DUPLICATE_QUEUE]))} />
      {mayScan && <DuplicateScanPanel onScanned={loaded.reload} />}
      <Text size="sm" c="dimmed">
        {t('duplicates.queue.keys')} <Kbd>S</Kbd> {t('duplicates.queue.keySama')} · <Kbd>B</Kbd>{' '}
        {t('duplicates.queue.keyBukan')} · <Kbd>J</Kbd>/<Kbd>K</Kbd> {t('duplicates.queue.keyMove')} ·{' '}
        <Kbd>1</Kbd>/<Kbd>2</Kbd> {t('duplicates.queue.keyPrimary')} · <Kbd>R</Kbd>{' '}
        {t('duplicates.queue.keyReason')} · <Kbd>U</Kbd> {t('duplicates.queue.keyUndo')}
      </Text>
      {last && (
        <Alert color="teal" data-testid="duplicate-last">
          <Group justify="space-between">
            <Text size="sm">
              {t(last.decision === 'sama' ? 'duplicates.queue.decidedSama' : 'duplicates.queue.decidedBukan')}
            </Text>
            <Button size="xs" variant="default" onClick={() => void undo()} loading={busy}>
              {t('duplicates.queue.undo')}
            </Button>
          </Group>
        </Alert>
      )}
      {!pair ? (
        <Alert color="gray" data-testid="duplicate-queue-empty">
          {t('duplicates.queue.empty')}
        </Alert>
      ) : (
        <>
          <Text size="sm" data-testid="duplicate-position">
            {t('duplicates.queue.position', { at: at + 1, total: queue.length })}
          </Text>
          <DuplicatePair
            pair={pair}
            primary={primary}
            onPrimary={(id) => setPrimaryChoice({ ...primaryChoice, [key(pair)]: id })}
          />
          <Textarea
            ref={reasonRef}
            label={t('duplicates.queue.reason')}
            description={t('duplicates.queue.reasonHint')}
            value={reason}
            error={reasonError}
            autosize
            minRows={2}
            maxLength={500}
            onChange={(e) => setReason(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') e.currentTarget.blur();
            }}
          />
          <Group>
            <Button onClick={() => void decide('sama')} loading={busy}>
              {t('duplicates.queue.sama')}
            </Button>
            <Button variant="default" onClick={() => void decide('bukan')} loading={busy}>
              {t('duplicates.queue.bukan')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
