// Contract methods for application updates (Dinsos URL and signed update folder), shown in Pengaturan.
import { z } from '../../validation/zod-locale.ts';
import { line } from '../../validation/text.ts';
import { method } from '../define.ts';
import type { UpdateStatus } from '../../types/updates.ts';

/** An absolute folder path: '/media/flashdisk/pembaruan', 'E:\\pembaruan' or a network share '\\\\server\\folder'. */
export const updateFolderPath = line(
  z
    .string()
    .trim()
    .min(1, 'Isi lokasi folder pembaruan.')
    .max(1000, 'Lokasi folder terlalu panjang.')
    .regex(
      /^(\/|[A-Za-z]:[\\/]|\\\\)/,
      'Lokasi folder harus lengkap, misalnya E:\\pembaruan atau /media/flashdisk/pembaruan.',
    ),
);

/** The generic-provider address Dinsos gives (the folder holding latest.yml); '' removes it. */
const updateUrl = line(
  z
    .string()
    .trim()
    .max(1000, 'Alamat terlalu panjang.')
    .regex(/^(https?:\/\/[^\s]+)?$/i, 'Alamat pembaruan harus diawali http:// atau https://.'),
);

export const updateMethods = {
  /** Versions, source, progress and the Dinsos URL; every signed-in role may look. */
  // The update service lives beside the register in the writer thread (update/service.ts).
  'updates.status': method<UpdateStatus>()({
    input: z.object({}),
    access: 'signedIn',
    mutates: false,
    onWriter: true,
  }),
  'updates.setUrl': method<UpdateStatus>()({
    input: z.object({ url: updateUrl }),
    access: ['admin'],
    mutates: true,
  }),
  /** Checks the Dinsos URL now; downloads continue in the background, so the dispatch holds no transaction. */
  'updates.checkUrl': method<UpdateStatus>()({
    input: z.object({}),
    access: ['admin'],
    mutates: true,
    ownTransactions: true,
  }),
  /** "Pasang saat keluar": the admin agrees (or withdraws) to install the downloaded version when the app quits. */
  'updates.agreeInstall': method<UpdateStatus>()({
    input: z.object({ agree: z.boolean() }),
    access: ['admin'],
    mutates: true,
    ownTransactions: true,
  }),
} as const;
