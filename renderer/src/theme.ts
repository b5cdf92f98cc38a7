// The Mantine theme: one primary colour, system fonts (no remote fonts under the CSP), monospace for codes.
import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  fontFamilyMonospace: 'ui-monospace, "Cascadia Mono", "Consolas", "DejaVu Sans Mono", monospace',
});
