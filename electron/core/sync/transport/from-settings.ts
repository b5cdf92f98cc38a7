// Builds the transport the sync settings describe (folder or WebDAV), or null when none is set.
import type { SyncScheduleSettings } from '../../../../shared/types/sync-schedule.ts';
import type { KeyProtector } from '../../office/keystore.ts';
import { readWebdavPassword } from '../schedule-settings.ts';
import { createFolderTransport } from './folder.ts';
import type { RetryClock } from './retry.ts';
import type { Transport } from './transport.ts';
import { createWebdavTransport } from './webdav.ts';

export interface TransportContext {
  dataDir: string;
  keyProtector: KeyProtector;
  /** This office's mailbox name (last 8 hex digits of its id). */
  ownMailbox: string;
  clock: RetryClock;
}

export function transportFor(s: SyncScheduleSettings, ctx: TransportContext): Transport | null {
  const t = s.transport;
  if (t.kind === 'folder') return createFolderTransport(t.path, ctx.ownMailbox);
  if (t.kind === 'webdav') {
    return createWebdavTransport({
      url: t.url,
      username: t.username,
      password: readWebdavPassword(ctx.dataDir, ctx.keyProtector) ?? '',
      ownMailbox: ctx.ownMailbox,
      retry: s.retry,
      clock: ctx.clock,
    });
  }
  return null;
}
