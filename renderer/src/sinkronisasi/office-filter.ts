// One office picked on the health board: the sync lists it opens show only that office's rows.
import type { SyncStatus } from '../../../shared/types/sync.ts';

/** The office a board figure was clicked for, named as the board named it. */
export interface OfficeRef {
  id: string;
  name: string;
}

/** The bundles received from the office and sent to it; every bundle without a filter. */
export function bundlesOf(
  status: Pick<SyncStatus, 'bundlesIn' | 'bundlesOut'>,
  office: OfficeRef | null,
): Pick<SyncStatus, 'bundlesIn' | 'bundlesOut'> {
  if (!office) return { bundlesIn: status.bundlesIn, bundlesOut: status.bundlesOut };
  return {
    bundlesIn: status.bundlesIn.filter((b) => b.senderOfficeId === office.id),
    bundlesOut: status.bundlesOut.filter((b) => b.recipientOfficeId === office.id),
  };
}

/** The rows of one office (matched by `officeId`), or all of them without a filter. */
export const rowsOf = <T extends { officeId: string }>(rows: readonly T[], office: OfficeRef | null): T[] =>
  office ? rows.filter((r) => r.officeId === office.id) : [...rows];
