// Dinsos's report settings: the day of the next month by which a monthly report is due.
import type { DbOrTrx } from '../db/database.ts';
import { getSetting, putSetting } from '../settings/security.ts';
import type { ReportSettings } from '../../../shared/types/reports.ts';

export const REPORT_SETTINGS_KEY = 'reports';
export const DEFAULT_REPORT_SETTINGS: ReportSettings = { deadlineDay: 10 };

export const getReportSettings = (db: DbOrTrx): Promise<ReportSettings> =>
  getSetting(db, REPORT_SETTINGS_KEY, DEFAULT_REPORT_SETTINGS);

export async function putReportSettings(
  db: DbOrTrx,
  s: ReportSettings,
  now: number,
): Promise<ReportSettings> {
  await putSetting(db, REPORT_SETTINGS_KEY, s, now);
  return getReportSettings(db);
}
