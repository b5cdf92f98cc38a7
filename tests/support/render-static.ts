// Renders a renderer component to static HTML in Bahasa Indonesia inside Mantine, without the provider's global styles.
import { MantineProvider } from '@mantine/core';
import i18next from 'i18next';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { id } from '../../renderer/src/i18n/id.ts';

const i18n = i18next.createInstance();
await i18n.use(initReactI18next).init({
  resources: { id: { translation: id } },
  lng: 'id',
  interpolation: { escapeValue: false },
});

/** The element's markup as the Indonesian UI shows it; MantineProvider's `<style>` blocks are dropped. */
export const renderStatic = (element: ReactElement): string =>
  renderToStaticMarkup(
    createElement(I18nextProvider, { i18n }, createElement(MantineProvider, null, element)),
  ).replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
