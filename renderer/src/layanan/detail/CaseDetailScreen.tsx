// One case: header, status actions, timeline and notes, referrals with letters and outcomes, follow-ups.
import { Alert, Anchor, Grid, Loader, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useApp } from '../../app/app-context.tsx';
import { usePermissions } from '../../app/permissions.ts';
import { hrefTo, listHref } from '../../nav/route.ts';
import { useLoad } from '../../ui/use-load.ts';
import { AttachmentsCard } from '../../lampiran/AttachmentsCard.tsx';
import type { CaseDetail } from '../../../../shared/types/cases.ts';
import { CaseHeader } from './CaseHeader.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';
import { FollowUpsCard } from './FollowUpsCard.tsx';
import { NoteForm } from './NoteForm.tsx';
import { ReferralsCard } from './ReferralsCard.tsx';
import { TransitionBar } from './TransitionBar.tsx';

export function CaseDetailScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const perms = usePermissions();
  // Proposals are made by the office that holds the household; Dinsos verifies them.
  const isDinsos = useApp().status.office?.type === 'dinsos';
  const loaded = useLoad(() => call('cases.get', { id }), [id]);
  const [changed, setChanged] = useState<CaseDetail | null>(null);
  const c = changed ?? loaded.value;

  const back = (
    <Anchor href={listHref('layanan')} size="sm">
      ← {t('kasus.backToList')}
    </Anchor>
  );
  if (loaded.error) {
    return (
      <Stack>
        {back}
        <Alert color="red">{loaded.error}</Alert>
      </Stack>
    );
  }
  if (!c) return <Loader aria-label={t('common.loading')} />;

  return (
    <Stack data-testid="case-detail" data-case-id={c.id} data-status={c.status}>
      {back}
      <CaseHeader c={c} />
      {perms.writeRegister && !isDinsos && c.category === 'DATA' && (
        <Anchor
          href={hrefTo('warga', [c.beneficiaryId], { usulanKasus: c.id })}
          data-testid="usulan-from-case"
        >
          {t('usulan.fromCase')}
        </Anchor>
      )}
      {perms.writeRegister && <TransitionBar c={c} onChanged={setChanged} />}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack>
            <ReferralsCard c={c} canWrite={perms.writeRegister} onChanged={setChanged} />
            <FollowUpsCard c={c} canWrite={perms.writeRegister} onChanged={setChanged} />
            <AttachmentsCard owner={{ type: 'case', id: c.id }} canWrite={perms.writeRegister} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack>
            {perms.writeRegister && <NoteForm caseId={c.id} onChanged={setChanged} />}
            <CaseTimeline events={c.events} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
