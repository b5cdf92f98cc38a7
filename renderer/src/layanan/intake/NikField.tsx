// The NIK field of the intake form: live offline checks, warnings beside it with an override reason, "no NIK",
// and the person already registered with this NIK (checked with persons.checkDuplicates as it is typed), with
// the other offices where Dinsos found them registered too.
import { Alert, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useRegions } from '../../app/regions.tsx';
import { formatDay } from '../../format.ts';
import { Dotted } from '../../ui/Dotted.tsx';
import { IdNumber } from '../../ui/IdNumber.tsx';
import { PersonLinks } from '../../warga/PersonLinks.tsx';
import { normaliseDigits } from '../../../../shared/validation/nik.ts';
import type { PersonSummary } from '../../../../shared/types/register.ts';
import { nikCheckOf, type PersonDraft } from './person-draft.ts';
import { nikHint, nikIssueText } from './nik-messages.ts';

interface Props {
  draft: PersonDraft;
  set(patch: Partial<PersonDraft>): void;
  /** Show hard errors even before 16 digits are typed (after a submit attempt). */
  showErrors: boolean;
  errors: { nik?: string | undefined; nikOverrideReason?: string | undefined };
  match: PersonSummary | null;
  onMatch(p: PersonSummary | null): void;
  onUseMatch(p: PersonSummary): void;
  /** A new NIK typed (the form fills sex and birth date from it). */
  onNik(nik: string): void;
  /** Focus the NIK field first (otherwise the form focuses the name). */
  autoFocus: boolean;
  /** The fields the NIK describes (sex, birth date), shown right under it. */
  children: ReactNode;
}

export function NikField(props: Props) {
  const { draft, set, showErrors, errors, match, onMatch, onUseMatch, onNik, autoFocus, children } = props;
  const { t } = useTranslation();
  const regions = useRegions();
  const [touched, setTouched] = useState(false);
  const check = nikCheckOf(draft);
  const digits = normaliseDigits(draft.nik);
  const complete = digits.length >= 16;
  const hardError = check?.errors[0];
  const shownError =
    errors.nik ??
    (hardError && (complete || touched || showErrors) ? nikIssueText(hardError, t, draft.nik) : undefined);
  const warnings = check?.warnings ?? [];
  const validNik = !draft.noNik && check?.parsed ? digits : null;

  useEffect(() => {
    onMatch(null);
    if (!validNik) return;
    let live = true;
    const timer = window.setTimeout(() => {
      void call('persons.checkDuplicates', { nik: validNik }).then((r) => {
        if (live && r.ok) onMatch(r.value.nikMatch);
      });
    }, 150);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [validNik, onMatch]);

  return (
    <>
      <Group align="flex-start" gap="md" wrap="nowrap">
        <TextInput
          id="intake-nik"
          label={t('person.nik')}
          description={
            check?.parsed && warnings.length === 0 ? nikHint(check.parsed, t) : t('intake.nik.help')
          }
          value={draft.nik}
          onChange={(e) => onNik(e.currentTarget.value)}
          onBlur={() => setTouched(true)}
          disabled={draft.noNik}
          error={shownError}
          inputMode="numeric"
          autoComplete="off"
          maxLength={24}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          w={300}
          autoFocus={autoFocus}
          data-testid="nik-input"
        />
        <Checkbox
          mt={30}
          label={t('intake.nik.none')}
          checked={draft.noNik}
          onChange={(e) => set({ noNik: e.currentTarget.checked })}
        />
      </Group>
      {children}
      <NikWarnings draft={draft} set={set} error={errors.nikOverrideReason} />
      {draft.noNik && (
        <Alert color="yellow" variant="light" p="xs" data-testid="disdukcapil-hint">
          {t('disdukcapil.noNik')} {t('disdukcapil.why')}
        </Alert>
      )}
      {match && (
        <Alert color="blue" variant="light" title={t('intake.nik.taken')} data-testid="nik-match">
          <Group justify="space-between" align="flex-end">
            <Text size="sm">
              <Dotted
                parts={[
                  <b key="name">{match.name}</b>,
                  <IdNumber key="nik" value={match.nik} />,
                  formatDay(match.birthDate),
                  regions.name(match.desaCode),
                ]}
              />
            </Text>
            <Button size="xs" onClick={() => onUseMatch(match)}>
              {t('intake.nik.useExisting')}
            </Button>
          </Group>
        </Alert>
      )}
      {/* The resident is also registered at another office (a Dinsos decision linked the records). */}
      {match && <PersonLinks personId={match.id} />}
    </>
  );
}

/**
 * What disagrees with the NIK, and the reason to keep it anyway. It sticks below the header while the
 * clerk moves on through the form, so it stays in view until the NIK, sex or date is fixed or a reason given.
 */
function NikWarnings({
  draft,
  set,
  error,
}: {
  draft: PersonDraft;
  set: Props['set'];
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const warnings = nikCheckOf(draft)?.warnings ?? [];
  if (warnings.length === 0) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      p="xs"
      data-testid="nik-warning"
      role="status"
      title={t('frontDesk.nikWarningTitle')}
      style={{ position: 'sticky', top: 'calc(var(--app-shell-header-height, 0px) + 4px)', zIndex: 3 }}
    >
      <Stack gap={6}>
        {warnings.map((w) => (
          <Text size="sm" key={w.code}>
            {nikIssueText(w, t, draft.nik)}
          </Text>
        ))}
        <Text size="xs" c="dimmed">
          {t('intake.nik.fixOrReason')}
        </Text>
        <TextInput
          id="intake-nikOverrideReason"
          label={t('person.nikOverrideReason')}
          value={draft.nikOverrideReason}
          onChange={(e) => set({ nikOverrideReason: e.currentTarget.value })}
          error={error}
          size="xs"
        />
      </Stack>
    </Alert>
  );
}
