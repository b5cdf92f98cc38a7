// Sign-in screen: username and password; the core's message (failed attempts left, account locked) is shown as is.
import {
  Alert,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import type { OfficeInfo } from '../../../shared/types/office.ts';
import type { SessionInfo } from '../../../shared/types/users.ts';
import type { SignInNotice } from '../app/session-state.ts';
import { LanguageSwitch } from '../shell/LanguageSwitch.tsx';
import { fieldErrorsOf, type FieldErrors } from '../ui/field-errors.ts';

interface Props {
  office: OfficeInfo | null;
  notice: SignInNotice | null;
  onSignedIn(session: SessionInfo): void;
}

export function SignInScreen({ office, notice, onSignedIn }: Props) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (): Promise<void> => {
    setBusy(true);
    setFailure(null);
    const result = await call('auth.signIn', { username, password });
    setBusy(false);
    if (result.ok) {
      onSignedIn(result.value);
      return;
    }
    setErrors(fieldErrorsOf(result.error));
    if (!result.error.fields) setFailure(result.error.message);
    setPassword('');
  };

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder p="xl" radius="md" w={420}>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Stack>
            <Group justify="flex-end">
              <LanguageSwitch />
            </Group>
            <div>
              <Title order={1} size="h2">{t('signIn.title')}</Title>
              {office && (
                <Text c="dimmed" size="sm">
                  {office.name}
                </Text>
              )}
            </div>
            {notice && !failure && (
              <Alert color="yellow" data-testid="sign-in-notice">
                {notice.kind === 'sessionEnded' ? t('signIn.sessionEnded') : notice.message}
              </Alert>
            )}
            <TextInput
              label={t('user.username')}
              autoComplete="username"
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
              error={errors.username}
              autoFocus
              required
            />
            <PasswordInput
              label={t('user.password')}
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={errors.password}
              required
            />
            {failure && (
              <Alert color="red" role="alert" data-testid="sign-in-error">
                {failure}
              </Alert>
            )}
            <Button type="submit" loading={busy}>
              {t('signIn.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
