// A set-up office behind its own web host, and a page of its own (1366×768, id-ID, WIB) open on it.
import { test, type Browser, type Page } from '@playwright/test';
import { setUpOffice, type StaffUser } from './api.ts';
import { startWebHost, type RunningHost } from './web-host.ts';

export interface OfficePage {
  host: RunningHost;
  page: Page;
  /** Closes the page's context and stops the host. */
  close(): Promise<void>;
}

/** A context of its own (axe needs one to scan the page), signed in as nobody yet. */
export async function openOfficePage(
  browser: Browser,
  admin: StaffUser,
  staff: StaffUser[],
): Promise<OfficePage> {
  const host = await startWebHost();
  await setUpOffice(host, admin, staff);
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  const page = await context.newPage();
  await page.goto(host.openUrl);
  return {
    host,
    page,
    close: async () => {
      await context.close();
      await host.stop();
    },
  };
}

/** A spec file's one office page: opened before its tests, closed after them; the getter gives the page. */
export function useOfficePage(admin: StaffUser, staff: StaffUser[]): () => Page {
  let office: OfficePage | undefined;
  test.beforeAll(async ({ browser }) => {
    office = await openOfficePage(browser, admin, staff);
  });
  test.afterAll(async () => {
    await office?.close();
  });
  return () => {
    if (!office) throw new Error('the office page is not open');
    return office.page;
  };
}
