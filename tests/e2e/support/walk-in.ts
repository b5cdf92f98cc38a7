// Case steps specs share: the front desk's keyboard walk-in (Alt+N) with a new household, and a referral's outcome.
import { expect, type Page } from '@playwright/test';
import { chooseByKeyboard, field } from './ui.ts';

export interface WalkIn {
  nik: string;
  name: string;
  noKk: string;
  /** What the clerk types in Desa/kelurahan, and the option it must pick. */
  desa: [typed: string, option: string];
  address: string;
  /** A complaint (pengaduan): what is typed in Kategori, and the option it must pick. */
  category: [typed: string, option: string];
  description: string;
}

/** Registers the walk-in and her complaint from anywhere in the shell; returns the new case's number. */
export async function registerWalkIn(page: Page, w: WalkIn): Promise<string> {
  await page.keyboard.press('Alt+N');
  await expect(page.getByTestId('find-person')).toBeFocused();
  await page.keyboard.type(w.nik);
  await expect(page.getByTestId('register-new')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(field(page, 'Nama lengkap')).toBeFocused();
  await page.keyboard.type(w.name);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Keluarga baru' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(field(page, 'No KK')).toBeFocused();
  await page.keyboard.type(w.noKk);
  await page.keyboard.press('Tab');
  await chooseByKeyboard(page, w.desa[0], w.desa[1]);
  await page.keyboard.press('Tab');
  await expect(field(page, 'Alamat')).toBeFocused();
  await page.keyboard.type(w.address);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('picked-person')).toContainText(w.name);
  await page.keyboard.type('a');
  await expect(page.getByRole('radio', { name: 'Pengaduan' })).toBeChecked();
  await expect(field(page, 'Kategori')).toBeFocused();
  await chooseByKeyboard(page, w.category[0], w.category[1]);
  await page.keyboard.press('Tab');
  await expect(field(page, 'Uraian')).toBeFocused();
  await page.keyboard.type(w.description);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-detail')).toBeVisible({ timeout: 20_000 });
  return (await page.getByTestId('case-number').innerText()).trim();
}

/** On a referred case: Catat hasil, the outcome picked by typing, Enter; the case then waits for follow-up. */
export async function recordReferralOutcome(page: Page, typed: string, option: string): Promise<void> {
  await page.getByRole('button', { name: 'Catat hasil' }).click();
  await chooseByKeyboard(page, typed, option);
  await expect(field(page, 'Hasil')).toHaveValue(option);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByTestId('case-detail')).toHaveAttribute('data-status', 'MENUNGGU_TINDAK_LANJUT');
  await expect(page.getByTestId('referrals-card')).toContainText(option);
}
