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
  await page.keyboard.press('Alt+7');
  await expect(page.getByRole('heading', { name: 'Pengaturan' })).toBeVisible();
  await page.getByRole('tab', { name: tab }).click();
}
