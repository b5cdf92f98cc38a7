// Test helpers for sync transports: a linked kecamatan and Dinsos, and their transport settings set through the contract.
import type { Caller } from '../../electron/core/context.ts';
import { DEFAULT_SYNC_SETTINGS } from '../../electron/core/sync/schedule-settings.ts';
import { shortId } from '../../electron/core/sync/peers.ts';
import type { Input } from '../../shared/api/contract.ts';
import type { SyncSettingsView } from '../../shared/types/sync-schedule.ts';
import { freshSession, openSetUpOffice, unwrap, type TestOffice } from './register.ts';
import { DINSOS_SETUP, link, officeIdOf } from './sync-network.ts';

export interface Pair {
  kec: TestOffice;
  dinsos: TestOffice;
}

/** Kecamatan Jeruklegi and Dinas Sosial Cilacap, enrolled with each other. */
export async function openPair(): Promise<Pair> {
  const kec = await openSetUpOffice();
  const dinsos = await openSetUpOffice({ setup: DINSOS_SETUP });
  link(dinsos.register, [kec.register]);
  return { kec, dinsos };
}

export const mailboxOfOffice = (o: TestOffice): string => shortId(officeIdOf(o.register));

/** A fresh admin session (the test clock jumps past the idle lock). */
export const admin = (o: TestOffice): Promise<Caller> => freshSession(o, o.users.admin.id);

export async function configure(
  o: TestOffice,
  transport: Input<'sync.updateSettings'>['transport'],
  more: Partial<Input<'sync.updateSettings'>> = {},
): Promise<SyncSettingsView> {
  return unwrap(
    await o.register.call(await admin(o), 'sync.updateSettings', {
      ...DEFAULT_SYNC_SETTINGS,
      schedule: { enabled: true, time: '15:00', days: [] },
      ...more,
      transport,
    }),
  );
}
