// Contract methods for the sync schedule, transport and retry settings, and "Sinkronkan sekarang".
import { z } from '../../validation/zod-locale.ts';
import { line } from '../../validation/text.ts';
import { method } from '../define.ts';
import { REGISTER_WRITERS } from './register.ts';
import type { SyncRunReport, SyncSettingsView } from '../../types/sync-schedule.ts';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Jam harus berformat JJ:MM, misalnya 15:00.');
/** ISO weekday: 1 = Senin … 7 = Minggu. */
const weekday = z.number().int().min(1, 'Hari tidak valid.').max(7, 'Hari tidak valid.');

/** An absolute path: '/media/flashdisk', 'E:\\puskesos' or a network share '\\\\server\\folder'. */
const folderPath = line(
  z
    .string()
    .trim()
    .min(1, 'Isi lokasi folder.')
    .max(1000, 'Lokasi folder terlalu panjang.')
    .regex(
      /^(\/|[A-Za-z]:[\\/]|\\\\)/,
      'Lokasi folder harus lengkap, misalnya E:\\puskesos atau /media/flashdisk.',
    ),
);

const webdavUrl = line(
  z
    .string()
    .trim()
    .max(1000, 'Alamat terlalu panjang.')
    .regex(/^https?:\/\/[^\s]+$/i, 'Alamat WebDAV harus diawali http:// atau https://.'),
);

export const syncTransportInput = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('none') }),
    z.object({ kind: z.literal('folder'), path: folderPath }),
    z.object({
      kind: z.literal('webdav'),
      url: webdavUrl,
      username: line(
        z.string().trim().min(1, 'Isi nama pengguna WebDAV.').max(200, 'Nama pengguna terlalu panjang.'),
      ),
      /** Absent keeps the stored password; '' removes it. */
      password: line(z.string().max(500, 'Kata sandi terlalu panjang.')).optional(),
    }),
  ],
  'Pilih jenis tujuan: folder atau WebDAV.',
);

export const syncRetryInput = z
  .object({
    attempts: z.number().int().min(1, 'Minimal 1 kali.').max(10, 'Maksimal 10 kali.'),
    initialDelaySeconds: z.number().int().min(1, 'Minimal 1 detik.').max(600, 'Maksimal 10 menit.'),
    maxDelaySeconds: z.number().int().min(1, 'Minimal 1 detik.').max(3600, 'Maksimal 1 jam.'),
    retryAfterMinutes: z.number().int().min(1, 'Minimal 1 menit.').max(1440, 'Maksimal 24 jam.'),
    retryMaxMinutes: z.number().int().min(1, 'Minimal 1 menit.').max(1440, 'Maksimal 24 jam.'),
  })
  .refine((r) => r.maxDelaySeconds >= r.initialDelaySeconds, {
    path: ['maxDelaySeconds'],
    message: 'Jeda maksimal tidak boleh lebih kecil dari jeda awal.',
  })
  .refine((r) => r.retryMaxMinutes >= r.retryAfterMinutes, {
    path: ['retryMaxMinutes'],
    message: 'Jeda maksimal tidak boleh lebih kecil dari jeda awal.',
  });

export const syncSettingsInput = z.object({
  schedule: z.object({
    enabled: z.boolean(),
    time,
    days: z.array(weekday).max(7, 'Hari tidak valid.'),
  }),
  autoImport: z.boolean(),
  transport: syncTransportInput,
  retry: syncRetryInput,
  /** Absent: unchanged (a caller from before the setting). */
  alsoToDinsos: z.boolean().optional(),
});
export type SyncSettingsInput = z.output<typeof syncSettingsInput>;

export const syncScheduleMethods = {
  /** Everyone signed in reads the settings (the form is read-only for them); only the admin changes them. */
  'sync.settings': method<SyncSettingsView>()({ input: z.object({}), access: 'signedIn', mutates: false }),
  'sync.updateSettings': method<SyncSettingsView>()({
    input: syncSettingsInput,
    access: ['admin'],
    mutates: true,
  }),
  /** Export, send, fetch and import now; commits per bundle, so the dispatch does not wrap it in one transaction. */
  'sync.runNow': method<SyncRunReport>()({
    input: z.object({}),
    access: ['admin', ...REGISTER_WRITERS],
    mutates: true,
    ownTransactions: true,
  }),
} as const;
