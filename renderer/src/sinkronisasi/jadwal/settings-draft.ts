// The sync settings form's draft: built from sync.settings, turned into the sync.updateSettings input.
import type { Input } from '../../../../shared/api/contract.ts';
import type { SyncRetryPolicy, SyncSettingsView } from '../../../../shared/types/sync-schedule.ts';

type SyncSettingsInput = Input<'sync.updateSettings'>;

export type TransportKind = 'none' | 'folder' | 'webdav';

export interface SettingsDraft {
  enabled: boolean;
  time: string;
  days: number[];
  autoImport: boolean;
  alsoToDinsos: boolean;
  kind: TransportKind;
  path: string;
  url: string;
  username: string;
  /** Empty keeps the stored WebDAV password. */
  password: string;
  retry: SyncRetryPolicy;
}

export const RETRY_FIELDS = [
  'attempts',
  'initialDelaySeconds',
  'maxDelaySeconds',
  'retryAfterMinutes',
  'retryMaxMinutes',
] as const satisfies readonly (keyof SyncRetryPolicy)[];

export function draftOf(view: SyncSettingsView): SettingsDraft {
  const s = view.settings;
  const tr = s.transport;
  return {
    enabled: s.schedule.enabled,
    time: s.schedule.time,
    days: [...s.schedule.days],
    autoImport: s.autoImport,
    alsoToDinsos: s.alsoToDinsos,
    kind: tr.kind,
    path: tr.kind === 'folder' ? tr.path : '',
    url: tr.kind === 'webdav' ? tr.url : '',
    username: tr.kind === 'webdav' ? tr.username : '',
    password: '',
    retry: { ...s.retry },
  };
}

function transportOf(d: SettingsDraft): SyncSettingsInput['transport'] {
  if (d.kind === 'folder') return { kind: 'folder', path: d.path };
  if (d.kind === 'webdav') {
    // An empty password field keeps the stored one (the input's `password` is then absent).
    return d.password === ''
      ? { kind: 'webdav', url: d.url, username: d.username }
      : { kind: 'webdav', url: d.url, username: d.username, password: d.password };
  }
  return { kind: 'none' };
}

export function inputOf(d: SettingsDraft): SyncSettingsInput {
  return {
    schedule: { enabled: d.enabled, time: d.time, days: d.days },
    autoImport: d.autoImport,
    alsoToDinsos: d.alsoToDinsos,
    transport: transportOf(d),
    retry: d.retry,
  };
}
