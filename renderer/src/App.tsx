// Top-level screen switch: first-run setup, sign-in, lock screen or the signed-in shell.
import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { useCallback, useEffect, useMemo, useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import { call, getSessionId, onSessionEvent, setSessionId } from './api/client.ts';
import { AppContext, type AppApi } from './app/app-context.tsx';
import { initialState, reduce } from './app/session-state.ts';
import { useIdleLock } from './app/use-idle-lock.ts';
import { LockScreen } from './auth/LockScreen.tsx';
import { SignInScreen } from './auth/SignInScreen.tsx';
import { SetupWizard } from './setup/SetupWizard.tsx';
import { Shell } from './shell/Shell.tsx';
import { clearOperations, reattachOperations } from './ui/operation-store.ts';
import type { SessionInfo } from '../../shared/types/users.ts';

export function App() {
  const { t } = useTranslation();
  const [state, dispatch] = useReducer(reduce, initialState);

  const boot = useCallback(async () => {
    const status = await call('system.status', {});
    if (!status.ok) {
      dispatch({ type: 'failed', message: status.error.message });
      return;
    }
    dispatch({ type: 'status', status: status.value });
    if (!status.value.setupComplete) return;
    if (!getSessionId()) {
      dispatch({ type: 'signedOut' });
      return;
    }
    const session = await call('auth.session', {});
    if (session.ok) dispatch({ type: 'signedIn', session: session.value });
    else if (session.error.code === 'SESSION_LOCKED') dispatch({ type: 'locked' });
    else {
      setSessionId(null);
      dispatch({ type: 'signedOut' });
    }
  }, []);

  useEffect(() => {
    void boot();
  }, [boot]);

  // A reloaded window (or an unlocked one) finds the long operations this user still has running.
  const sessionId = state.session?.sessionId;
  useEffect(() => {
    if (sessionId) void reattachOperations();
  }, [sessionId]);

  useEffect(
    () =>
      onSessionEvent((event) => {
        if (event !== 'locked') clearOperations();
        dispatch(
          event === 'locked' ? { type: 'locked' } : { type: 'signedOut', notice: { kind: 'sessionEnded' } },
        );
      }),
    [],
  );

  const signedIn = useCallback((session: SessionInfo) => {
    setSessionId(session.sessionId);
    dispatch({ type: 'signedIn', session });
  }, []);

  const lock = useCallback(async () => {
    dispatch({ type: 'locked' });
    await call('auth.lock', {});
  }, []);

  const signOut = useCallback(async () => {
    await call('auth.signOut', {});
    setSessionId(null);
    clearOperations();
    // The next person to sign in starts at Beranda, not on the record the last one had open.
    history.replaceState(null, '', window.location.pathname + window.location.search);
    dispatch({ type: 'signedOut' });
  }, []);

  const lockedOut = useCallback((message: string) => {
    // Too many wrong passwords: the core ended the session and locked the account.
    setSessionId(null);
    clearOperations();
    dispatch({ type: 'signedOut', notice: { kind: 'coreMessage', message } });
  }, []);

  const api = useMemo<AppApi | null>(
    () =>
      state.status && state.session
        ? {
            status: state.status,
            session: state.session,
            lock,
            signOut,
            lockedOut,
            securityChanged: (security) => dispatch({ type: 'security', security }),
          }
        : null,
    [state.status, state.session, lock, signOut, lockedOut],
  );

  switch (state.phase) {
    case 'loading':
      return (
        <Center h="100vh" aria-busy="true">
          <Loader aria-label={t('common.loading')} />
        </Center>
      );
    case 'failed':
      return (
        <Center h="100vh">
          <Stack maw={480}>
            <Alert color="red" title={t('common.startFailed')}>
              {state.error}
            </Alert>
            <Button onClick={() => void boot()}>{t('common.retry')}</Button>
          </Stack>
        </Center>
      );
    case 'setup':
      return <SetupWizard onFinished={() => void boot()} />;
    case 'signIn':
      return (
        <SignInScreen office={state.status?.office ?? null} notice={state.notice} onSignedIn={signedIn} />
      );
    case 'locked':
      return (
        <LockScreen
          user={state.lockedUser}
          onUnlocked={signedIn}
          onSignOut={() => void signOut()}
          onLockedOut={lockedOut}
        />
      );
    case 'shell':
      return api ? (
        <AppContext.Provider value={api}>
          <IdleLock seconds={api.session.security.idleLockSeconds} lock={lock} />
          <Shell />
        </AppContext.Provider>
      ) : null;
  }
}

function IdleLock({ seconds, lock }: { seconds: number; lock: () => Promise<void> }) {
  useIdleLock(seconds, () => void lock());
  return null;
}
