// The own office and its zone for one dispatched call: read at most once, on the call's own handle.
import { zoneOfRegion, type OfficeZone } from '../../../shared/time/office-zone.ts';
import type { OfficeInfo } from '../../../shared/types/office.ts';
import type { DbOrTrx } from '../db/database.ts';
import { CoreError } from '../errors.ts';
import { getOwnOffice } from './office-repo.ts';

export interface CallOffice {
  office(): Promise<OfficeInfo>;
  zone(): Promise<OfficeZone>;
}

/**
 * Lazy: a call that never asks reads nothing. The row is read on `db` (the call's transaction or reader), so a
 * write earlier in the same transaction is seen; `system.setup` creates the office and so never asks first.
 */
export function callOffice(db: DbOrTrx): CallOffice {
  let read: Promise<OfficeInfo | null> | null = null;
  const own = (): Promise<OfficeInfo | null> => (read ??= getOwnOffice(db));
  return {
    office: async () => {
      const office = await own();
      if (!office) throw new CoreError('SETUP_REQUIRED', 'Kantor belum disiapkan.');
      return office;
    },
    zone: async () => {
      const office = await own();
      return zoneOfRegion(office?.regionCode ?? '');
    },
  };
}

/**
 * The same call's context on another handle (a transaction it opens, or the root handle an operation outlives
 * the call on): `office()` reads on that handle too. A plain `{ ...ctx, db }` would keep reading on the old one —
 * a finished reader, or the root connection while the new transaction holds it (a deadlock).
 */
export function onHandle<C extends CallOffice & { db: DbOrTrx }>(ctx: C, db: DbOrTrx): C {
  return { ...ctx, db, ...callOffice(db) };
}
