// Renderer bootstrap: translations, Mantine with notifications, and the app.
// Fast-refresh preamble as a module (empty in production): the CSP forbids the inline one in dev.
import '@vitejs/plugin-react/preamble';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './i18n/index.ts';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { App } from './App.tsx';
import { appTheme, cssVariablesResolver } from './theme.ts';

/** Mantine with the theme in the chosen language (the dialogs' close button is named in it). */
function Themed() {
  const { t } = useTranslation();
  const close = t('common.close');
  const togglePassword = t('common.togglePassword');
  const theme = useMemo(() => appTheme({ close, togglePassword }), [close, togglePassword]);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="top-right" />
      <App />
    </MantineProvider>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');

createRoot(root).render(
  <StrictMode>
    <Themed />
  </StrictMode>,
);
