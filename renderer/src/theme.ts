// The Mantine theme: one primary colour dark enough for white text (≥ 4.5:1), readable secondary text, named close buttons.
import {
  createTheme,
  darken,
  Anchor,
  Modal,
  PasswordInput,
  TableScrollContainer,
  type CSSVariablesResolver,
  type MantineThemeOverride,
} from '@mantine/core';

/** Names Mantine would otherwise give its built-in buttons in English. */
export interface ThemeLabels {
  close: string;
  togglePassword: string;
}

/**
 * Teal at shade 9 (#087f5b) carries white text at 5.0:1; Mantine's default shade 6 gave 2.55:1 (WCAG AA
 * asks 4.5:1). `autoContrast` puts dark text on light fills (yellow, orange badges).
 */
export function appTheme(labels: ThemeLabels): MantineThemeOverride {
  return createTheme({
    primaryColor: 'teal',
    primaryShade: { light: 9, dark: 8 },
    autoContrast: true,
    defaultRadius: 'sm',
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
    fontFamilyMonospace: 'ui-monospace, "Cascadia Mono", "Consolas", "DejaVu Sans Mono", monospace',
    components: {
      // The dialogs' × button is named for screen readers (axe: button-name).
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': labels.close } } }),
      // Links are told apart from text by more than colour (axe: link-in-text-block).
      Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
      // A wide table scrolls natively and takes focus, so the keyboard can scroll it (axe: scrollable-region-focusable).
      TableScrollContainer: TableScrollContainer.extend({ defaultProps: { type: 'native', tabIndex: 0 } }),
      PasswordInput: PasswordInput.extend({
        defaultProps: { visibilityToggleButtonProps: { 'aria-label': labels.togglePassword } },
      }),
    },
  });
}

/**
 * Light scheme text colours at ≥ 4.5:1: secondary ("dimmed") text in gray 7 (#495057, 8.2:1 on white)
 * instead of gray 6 (#868e96, 3.3:1); coloured text (light and subtle variants, outline, `c="orange"`)
 * in shade 9 darkened by 30 %, which reads at ≥ 5:1 on the light variant's shade-1 background for every
 * palette (Mantine's plain shade 9 gave yellow 2.7:1, lime 3.3:1, orange 3.6:1, green 3.8:1, teal 4.3:1).
 * Filled buttons hover to shade 9 darkened by 15 %: Mantine's hover for primary shade 9 is shade 8, which is
 * lighter (teal #099268 carries white at 3.94:1, below AA).
 */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => {
  const light: Record<string, string> = { '--mantine-color-dimmed': theme.colors.gray[7] ?? '#495057' };
  for (const [name, shades] of Object.entries(theme.colors)) {
    const text = darken(shades[9] ?? '#000000', 0.3);
    light[`--mantine-color-${name}-light-color`] = text;
    light[`--mantine-color-${name}-text`] = text;
    light[`--mantine-color-${name}-outline`] = text;
    light[`--mantine-color-${name}-filled-hover`] = darken(shades[9] ?? '#000000', 0.15);
  }
  light['--mantine-primary-color-filled-hover'] = light[`--mantine-color-${theme.primaryColor}-filled-hover`] ?? '#000000';
  return { variables: {}, light, dark: {} };
};
