// The theme's light-scheme colours: white text on every filled button, resting and hovered, reads at ≥ 4.5:1.
import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME, luminance, mergeMantineTheme } from '@mantine/core';
import { appTheme, cssVariablesResolver } from '../../renderer/src/theme.ts';

const theme = mergeMantineTheme(DEFAULT_THEME, appTheme({ close: 'Tutup', togglePassword: 'Tampilkan' }));
const light = cssVariablesResolver(theme).light;
const onWhiteText = (fill: string): number => 1.05 / (luminance(fill) + 0.05);

describe('theme colours', () => {
  it('hovers every filled colour darker than its resting shade, never to a lighter one', () => {
    for (const [name, shades] of Object.entries(theme.colors)) {
      const hover = light[`--mantine-color-${name}-filled-hover`];
      expect(hover, name).toBeDefined();
      expect(luminance(hover ?? '#ffffff'), name).toBeLessThan(luminance(shades[9] ?? '#000000'));
    }
  });

  it('keeps white text on the primary button at AA while hovered (shade 8 gave 3.94:1)', () => {
    const hover = light['--mantine-primary-color-filled-hover'] ?? '#ffffff';
    expect(onWhiteText(hover)).toBeGreaterThanOrEqual(4.5);
    expect(hover).toBe(light[`--mantine-color-${theme.primaryColor}-filled-hover`]);
  });
});
