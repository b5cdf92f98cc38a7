// Report layout shared by XLSX, PDF and the Laporan screen: MonthlyReportData / RecapData as titled tables with charts.
export type {
  CellValue,
  ColumnKind,
  HeaderField,
  LayoutOffice,
  ReportColumn,
  ReportDocument,
  ReportTable,
  SignatureBlock,
  Signer,
  SummaryFigure,
} from './types.ts';
export { monthlyReportLayout, MONTHLY_TITLE, TKSK_TITLE, kecamatanName } from './monthly.ts';
export { recapReportLayout, RECAP_TITLE } from './recap.ts';
export { dayLabel, formatCell, instantLabel, monthLabel } from './format.ts';
export {
  ACTIVITY_TYPE_LABELS,
  AGE_GROUP_LABELS,
  RECAP_STATUS_LABELS,
  ROLE_LABELS,
  NO_OUTCOME_LABEL,
} from './labels.ts';
export { TOTAL_LABEL } from './build.ts';
