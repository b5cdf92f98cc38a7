// Contract methods for the TKSK activity log, the monthly report, its finalization and the Dinsos recap.
export const reportMethods = {} as const;
