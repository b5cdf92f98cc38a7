// Lock screen: the session stays open but needs the user's password again; signing out is the other way out.
import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { keyCountsOnLockScreen } from '../app/idle-rules.ts';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import type { SessionInfo, SessionUser } from '../../../shared/types/users.ts';

interface Props {
  user: SessionUser | null;
  onUnlocked(session: SessionInfo): void;
  onSignOut(): void;
  /** The account got locked by wrong passwords here; the core has ended the session. */
  onLockedOut(message: string): void;
}

export function LockScreen({ user, onUnlocked, onSignOut, onLockedOut }: Props) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Keys still arriving from the form the clerk was typing in are dropped, never tried as a password.
  const [shownAt] = useState(() => Date.now());
  const [dropped, setDropped] = useState(false);
  const typedHere = useRef(false);

  const submit = async (): Promise<void> => {
    if (!typedHere.current || password === '') return;
    setBusy(true);
    setFailure(null);
    const result = await call('auth.unlock', { password });
    setBusy(false);
    setPassword('');
    if (result.ok) onUnlocked(result.value);
    else if (result.error.code === 'ACCOUNT_LOCKED') onLockedOut(result.error.message);
    else if (result.error.code !== 'UNAUTHENTICATED') setFailure(result.error.message);
  };

  return (
    <Center mih="100vh" p="md" data-testid="lock-screen">
      <Paper withBorder p="xl" radius="md" w={420}>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Stack>
            <Title order={1} size="h2">{t('lock.title')}</Title>
            <Text>
              {user
                ? t('lock.explainUser', { name: user.fullName, username: user.username })
                : t('lock.explain')}
            </Text>
            <PasswordInput
              label={t('user.password')}
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (keyCountsOnLockScreen(shownAt, Date.now())) {
                  typedHere.current = true;
                  return;
                }
                e.preventDefault();
                setDropped(true);
              }}
              onPaste={() => {
                typedHere.current = true;
              }}
              description={dropped ? t('frontDesk.lockDropped') : undefined}
              data-testid="unlock-password"
              autoFocus
              required
            />
            {failure && (
              <Alert color="red" role="alert">
                {failure}
              </Alert>
            )}
            <Group justify="space-between">
              <Button variant="default" onClick={onSignOut}>
                {t('common.signOut')}
              </Button>
              <Button type="submit" loading={busy}>
                {t('lock.unlock')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
