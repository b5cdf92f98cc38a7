// The sync settings form's draft keeps "Kirim juga langsung ke Dinsos" from the stored settings to the saved input.
import { describe, expect, it } from 'vitest';
import { draftOf, inputOf } from '../../../../renderer/src/sinkronisasi/jadwal/settings-draft.ts';
import type { SyncSettingsView } from '../../../../shared/types/sync-schedule.ts';

const view = (alsoToDinsos: boolean): SyncSettingsView => ({
  settings: {
    schedule: { enabled: true, time: '15:00', days: [1, 3] },
    autoImport: true,
    transport: { kind: 'folder', path: '/srv/puskesos' },
    retry: {
      attempts: 4,
      initialDelaySeconds: 2,
      maxDelaySeconds: 60,
      retryAfterMinutes: 5,
      retryMaxMinutes: 240,
    },
    alsoToDinsos,
  },
  hasPassword: false,
  zone: 'WIB',
  state: {
    since: null,
    lastRunAt: null,
    lastAttemptAt: null,
    failures: 0,
    nextRetryAt: null,
    lastInboxCheckAt: null,
    lastReport: null,
  },
  nextRunAt: null,
  underKecamatan: true,
});

describe('sync settings draft', () => {
  it('carries alsoToDinsos both ways, as stored and as changed', () => {
    expect(inputOf(draftOf(view(true))).alsoToDinsos).toBe(true);
    expect(inputOf({ ...draftOf(view(true)), alsoToDinsos: false }).alsoToDinsos).toBe(false);
    expect(inputOf(draftOf(view(false)))).toMatchObject({ alsoToDinsos: false, autoImport: true });
  });
});
