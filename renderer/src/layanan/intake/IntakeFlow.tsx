// Intake in one keyboard-only flow: find or register the person (and household), record the case, open it.
import { Alert, Group, Kbd, Loader, Stack, Stepper, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { usePermissions } from '../../app/permissions.ts';
import { listHref, navigate } from '../../nav/route.ts';
import { notifySuccess } from '../../ui/notify.ts';
import { NEW_INTAKE_EVENT } from '../../shell/use-section.ts';
import type { PersonSummary } from '../../../../shared/types/register.ts';
import { CaseForm } from './CaseForm.tsx';
import { FindPerson } from './FindPerson.tsx';
import { PersonForm } from './PersonForm.tsx';
import { summaryOf } from './summary.ts';

type Stage =
  | { step: 'find' }
  | { step: 'person'; prefill: { nik?: string; name?: string } }
  | { step: 'case'; person: PersonSummary; registered: boolean };

const STEP_INDEX = { find: 0, person: 1, case: 2 } as const;

export function IntakeFlow({ personId }: { personId: string | null }) {
  const { t } = useTranslation();
  const perms = usePermissions();
  const [stage, setStage] = useState<Stage>({ step: 'find' });
  const [query, setQuery] = useState('');
  const [loading, setLoading] = useState(personId !== null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!personId) return;
    void call('persons.get', { id: personId }).then((r) => {
      setLoading(false);
      if (r.ok) setStage({ step: 'case', person: summaryOf(r.value), registered: false });
      else setError(r.error.message);
    });
  }, [personId]);

  useEffect(() => {
    const restart = (): void => {
      setQuery('');
      setError(null);
      setStage({ step: 'find' });
    };
    window.addEventListener(NEW_INTAKE_EVENT, restart);
    return () => window.removeEventListener(NEW_INTAKE_EVENT, restart);
  }, []);

  if (!perms.writeRegister) return <Alert color="yellow">{t('intake.readOnly')}</Alert>;

  const back = (): void => setStage({ step: 'find' });
  // Back from the case step finds the person again (already saved): Enter opens them, never a new copy.
  const backToFind = (person: PersonSummary): void => {
    setQuery(person.nik ?? person.name);
    setStage({ step: 'find' });
  };
  const leave = (): void => navigate(listHref('layanan'));

  return (
    <Stack gap="md" data-testid="intake">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('intake.title')}
        </Title>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">Enter</Kbd> {t('intake.keys.next')} · <Kbd size="xs">Esc</Kbd>{' '}
          {t('intake.keys.back')} · <Kbd size="xs">↑</Kbd>
          <Kbd size="xs">↓</Kbd> {t('intake.keys.choose')}
        </Text>
      </Group>
      <Stepper active={STEP_INDEX[stage.step]} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={t('intake.steps.find')} />
        <Stepper.Step
          label={t('intake.steps.person')}
          description={stage.step === 'case' && !stage.registered ? t('intake.steps.skipped') : undefined}
        />
        <Stepper.Step label={t('intake.steps.case')} />
      </Stepper>
      {error && <Alert color="red">{error}</Alert>}
      {loading ? (
        <Loader aria-label={t('common.loading')} />
      ) : stage.step === 'find' ? (
        <FindPerson
          query={query}
          setQuery={setQuery}
          onPick={(person) => setStage({ step: 'case', person, registered: false })}
          onNew={(prefill) => setStage({ step: 'person', prefill })}
          onEscape={leave}
        />
      ) : stage.step === 'person' ? (
        <PersonForm
          prefill={stage.prefill}
          onBack={back}
          onDone={(person, how) => {
            if (how === 'created') notifySuccess(t('intake.personSaved', { name: person.name }));
            setStage({ step: 'case', person, registered: how === 'created' });
          }}
        />
      ) : (
        <CaseForm
          key={stage.person.id}
          person={stage.person}
          registered={stage.registered}
          onBack={() => backToFind(stage.person)}
        />
      )}
    </Stack>
  );
}
