// Handlers for the TKSK activity log, monthly report, finalization and the Dinsos recap.
import type { Handlers } from '../context.ts';
import { CoreError } from '../errors.ts';

type ReportMethod =
  | 'reports.monthly'
  | 'reports.activities.list'
  | 'reports.activities.save'
  | 'reports.activities.remove'
  | 'reports.notes.save'
  | 'reports.finalize'
  | 'reports.export'
  | 'reports.recap'
  | 'reports.recapExport'
  | 'reports.settings'
  | 'reports.updateSettings';

const pending = (): never => {
  throw new CoreError('INTERNAL', 'Laporan bulanan sedang dibangun.');
};

export const reportHandlers: Pick<Handlers, ReportMethod> = {
  'reports.monthly': async () => pending(),
  'reports.activities.list': async () => pending(),
  'reports.activities.save': async () => pending(),
  'reports.activities.remove': async () => pending(),
  'reports.notes.save': async () => pending(),
  'reports.finalize': async () => pending(),
  'reports.export': async () => pending(),
  'reports.recap': async () => pending(),
  'reports.recapExport': async () => pending(),
  'reports.settings': async () => pending(),
  'reports.updateSettings': async () => pending(),
};
