// Small page helpers for the e2e tests: form fields by label, searchable selects by typing, signing in and out.
import { expect, type Locator, type Page } from '@playwright/test';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The input labelled exactly `label` (a required field's asterisk aside), not a dropdown list sharing the label. */
export const field = (page: Page, label: string): Locator =>
  page.locator('input, textarea').and(page.getByLabel(new RegExp(`^${escapeRegExp(label)}( \\*)?$`)));

/** Types into a searchable Mantine Select and takes the first match with Enter, as a clerk would. */
export async function pickByTyping(page: Page, label: string, text: string, expected: string): Promise<void> {
  const input = field(page, label);
  await expect(input).toBeEnabled();
  await input.click();
  await input.pressSequentially(text, { delay: 15 });
  await expect(page.getByRole('option', { name: expected })).toBeVisible();
  // Options that arrive after the last keystroke are not pre-selected: ↓ selects the first one, as a clerk would.
  if ((await page.locator('[data-combobox-selected]').count()) === 0) await input.press('ArrowDown');
  await input.press('Enter');
  await expect(input).toHaveValue(expected);
}

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
  await field(page, 'Nama pengguna').fill(username);
  await field(page, 'Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
}

export async function openSettingsTab(page: Page, tab: string): Promise<void> {
  // Right after signing in the shell may not be there yet to hear the shortcut.
  await expect(page.getByTestId('status-bar')).toBeVisible();
  await page.keyboard.press('Alt+7');
  await expect(page.getByRole('heading', { name: 'Pengaturan' })).toBeVisible();
  await page.getByRole('tab', { name: tab }).click();
}

/**
 * README images under docs/screenshots are tracked files: they are rewritten only when
 * UPDATE_SCREENSHOTS=1 is set, so an ordinary test run leaves the working tree clean. They show the office
 * monitor the app is made for, 1366 pixels wide (a taller window for a long page such as the report).
 */
export async function readmeShot(page: Page, name: string): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  const size = page.viewportSize() ?? { width: 1366, height: 768 };
  if (size.width !== 1366)
    throw new Error(`README screenshot ${name} at ${size.width} px; the office monitor is 1366`);
  await page.screenshot({ path: `docs/screenshots/${name}.png` });
}

/** The element that has keyboard focus. */
export const focused = (page: Page): Locator => page.locator(':focus');

/** Closes any toast, so screenshots show the screen rather than the last action's message. */
export async function dismissToasts(page: Page): Promise<void> {
  await page.evaluate(() => {
    document
      .querySelectorAll<HTMLButtonElement>('.mantine-Notification-closeButton')
      .forEach((b) => b.click());
  });
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0);
}

/** A screenshot of the whole page with the window made as tall as the content (the app's header and footer are fixed). */
export async function tallShot(page: Page, path: string): Promise<void> {
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  await page.screenshot({ path });
  await page.setViewportSize(size);
  // The app shell animates its offsets after a resize; let it settle before the next screenshot.
  await page.waitForTimeout(300);
}

/**
 * In the focused searchable select, types `text` and takes `expected` with Enter once the dropdown
 * offers it as the selected option (the keyboard way; Enter before the options arrive picks nothing).
 */
export async function chooseByKeyboard(page: Page, text: string, expected: string): Promise<void> {
  await page.keyboard.type(text);
  const option = page.getByRole('option', { name: expected, exact: true });
  await expect(option).toBeVisible();
  try {
    await expect(option).toHaveAttribute('data-combobox-selected', 'true', { timeout: 1_000 });
  } catch {
    // Options that arrived after the last keystroke are not pre-selected: ↓ moves to the next one. A press
    // that lands while the list is still being replaced selects nothing (seen once in CI), so press again
    // until the expected option is the selected one (the list wraps around).
    await expect(async () => {
      await page.keyboard.press('ArrowDown');
      await expect(option).toHaveAttribute('data-combobox-selected', 'true', { timeout: 500 });
    }).toPass({ timeout: 10_000 });
  }
  await page.keyboard.press('Enter');
}

/**
 * Types a password on the lock screen as a person does, key by key: keys that arrive in the screen's first
 * second are dropped by design (renderer/src/app/idle-rules.ts: they belong to the form the clerk was in),
 * and a value put in without keystrokes is never tried. Retries until the field holds the whole text.
 */
export async function typeOnLockScreen(page: Page, text: string): Promise<void> {
  const input = field(page, 'Kata sandi');
  await expect(async () => {
    await input.clear();
    await input.pressSequentially(text);
    await expect(input).toHaveValue(text, { timeout: 500 });
  }).toPass({ timeout: 10_000 });
}
