// One person's record: identity, household and KK history, cases, PPKS, programs, history, export, links and Disdukcapil hint.
import { Alert, Anchor, Button, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { usePermissions } from '../app/permissions.ts';
import { hrefTo, listHref } from '../nav/route.ts';
import { IdNumber } from '../ui/IdNumber.tsx';
import { useLoad } from '../ui/use-load.ts';
import { AttachmentsCard } from '../lampiran/AttachmentsCard.tsx';
import type { PersonDetail } from '../../../shared/types/register.ts';
import { DisdukcapilBanner } from './DisdukcapilBanner.tsx';
import { ErasePerson } from './ErasePerson.tsx';
import { ExportPersonData } from './ExportPersonData.tsx';
import { HouseholdCard } from './HouseholdCard.tsx';
import { HouseholdUsulanCard } from '../usulan/HouseholdUsulanCard.tsx';
import { IdentityCard } from './IdentityCard.tsx';
import { PersonCasesCard } from './PersonCasesCard.tsx';
import { PersonEditModal } from './PersonEditModal.tsx';
import { PersonHistoryCard } from './PersonHistoryCard.tsx';
import { PersonLinks } from './PersonLinks.tsx';
import { PpksCard } from './PpksCard.tsx';
import { ProgramsCard } from './ProgramsCard.tsx';

export function PersonDetailScreen({ id, usulanCase = null }: { id: string; usulanCase?: string | null }) {
  const { t } = useTranslation();
  const perms = usePermissions();
  const loaded = useLoad(() => call('persons.get', { id }), [id]);
  const [changed, setChanged] = useState<PersonDetail | null>(null);
  const [editing, setEditing] = useState(false);
  const person = changed ?? loaded.value;
  const reload = async (): Promise<void> => {
    const r = await call('persons.get', { id });
    if (r.ok) setChanged(r.value);
  };

  if (loaded.error) {
    return (
      <Stack>
        <Anchor href={listHref('warga')}>← {t('warga.backToList')}</Anchor>
        <Alert color="red">{loaded.error}</Alert>
      </Stack>
    );
  }
  if (!person) return <Loader aria-label={t('common.loading')} />;

  return (
    <Stack data-testid="person-detail" data-person-id={person.id}>
      <Anchor href={listHref('warga')} size="sm">
        ← {t('warga.backToList')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">
            {person.name}
          </Title>
          <Text size="sm" c="dimmed">
            {t('person.nik')}: <IdNumber value={person.nik} />
          </Text>
        </div>
        <Group gap="sm">
          {perms.writeRegister && !person.erased && (
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('warga.edit.open')}
            </Button>
          )}
          {perms.writeRegister && (
            <Button component="a" href={hrefTo('layanan', ['baru'], { person: person.id })}>
              {t('warga.newCase')}
            </Button>
          )}
          {perms.exportPersonData && !person.erased && <ExportPersonData personId={person.id} />}
          {perms.erasePerson && !person.erased && (
            <ErasePerson personId={person.id} onErased={() => void reload()} />
          )}
        </Group>
      </Group>
      {person.erased && (
        <Alert color="gray" title={t('erasure.erasedTitle')} data-testid="person-erased">
          {t('erasure.erasedBody')}
        </Alert>
      )}
      {editing && (
        <PersonEditModal
          person={person}
          onClose={() => setEditing(false)}
          onSaved={(p) => {
            setEditing(false);
            setChanged(p);
          }}
        />
      )}
      <PersonLinks personId={person.id} />
      {person.suggestDisdukcapil && <DisdukcapilBanner person={person} />}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <IdentityCard person={person} />
        <HouseholdCard person={person} canWrite={perms.writeRegister} onChanged={setChanged} />
      </SimpleGrid>
      {person.household && (
        <HouseholdUsulanCard
          householdId={person.household.id}
          personId={person.id}
          canWrite={perms.writeRegister}
          fromCase={usulanCase}
          housing={person.household}
        />
      )}
      <PersonCasesCard cases={person.cases} />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <PpksCard person={person} canWrite={perms.writeRegister} onChanged={setChanged} />
        <ProgramsCard person={person} canWrite={perms.writeRegister} onChanged={setChanged} />
      </SimpleGrid>
      {!person.erased && (
        <AttachmentsCard owner={{ type: 'person', id: person.id }} canWrite={perms.writeRegister} />
      )}
      {!person.erased && person.household && (
        <AttachmentsCard
          owner={{ type: 'household', id: person.household.id }}
          canWrite={perms.writeRegister}
          title={t('lampiran.householdTitle')}
        />
      )}
      <PersonHistoryCard history={person.history} />
    </Stack>
  );
}
