// Contract methods for erasure and retention of residents' personal data (admin only, UU 27/2022).
import { z } from '../../validation/zod-locale.ts';
import { uuid } from '../../validation/common.ts';
import { method } from '../define.ts';
import type {
  ErasureDone,
  ErasureMention,
  ErasureOverview,
  RetentionDue,
  RetentionSettings,
} from '../../types/erasure.ts';
import { MENTION_COLUMNS, MENTION_TABLES } from '../../reference/mention-columns.ts';

const ADMIN = ['admin'] as const;

const years = z
  .number()
  .int('Isi jumlah tahun (bilangan bulat).')
  .min(1, 'Minimal 1 tahun.')
  .max(50, 'Maksimal 50 tahun.')
  .nullable();

export const retentionSettingsInput = z.object({ closedCaseYears: years, inactiveYears: years });

export const erasureMethods = {
  /** The resident asked: their personal data is erased here and, through bundles, at every holder. */
  'persons.erase': method<ErasureDone>()({
    input: z.object({
      id: uuid,
      reason: z.literal('permintaan', { message: 'Pilih alasan penghapusan.' }),
      confirm: z.literal(true, { message: 'Penghapusan data pribadi harus dikonfirmasi.' }),
    }),
    access: ADMIN,
    mutates: true,
    ownTransactions: true,
  }),
  'erasure.overview': method<ErasureOverview>()({ input: z.object({}), access: ADMIN, mutates: false }),
  /** An admin looked at a listed mention (and corrected it by hand if needed): it leaves the default list. */
  'erasure.checkMention': method<ErasureMention>()({
    input: z.object({
      erasureId: uuid,
      table: z.enum(MENTION_TABLES, 'Jenis catatan tidak dikenal.'),
      rowId: uuid,
      column: z.enum(MENTION_COLUMNS, 'Kolom tidak dikenal.'),
    }),
    access: ADMIN,
    mutates: true,
  }),
  'retention.settings': method<RetentionSettings>()({ input: z.object({}), access: ADMIN, mutates: false }),
  'retention.updateSettings': method<RetentionSettings>()({
    input: retentionSettingsInput,
    access: ADMIN,
    mutates: true,
  }),
  /** The residents due this month under the retention settings, with their names for the admin to check. */
  'retention.due': method<RetentionDue>()({
    input: z.object({}),
    access: ADMIN,
    mutates: false,
    auditView: true,
  }),
  /** The admin's one-step approval: exactly these residents (all still due) are erased; nothing else ever is. */
  'retention.approve': method<ErasureDone>()({
    input: z.object({
      personIds: z
        .array(uuid)
        .min(1, 'Tidak ada warga yang dipilih.')
        .max(5000, 'Maksimal 5000 warga sekaligus.'),
      confirm: z.literal(true, { message: 'Penghapusan data pribadi harus dikonfirmasi.' }),
    }),
    access: ADMIN,
    mutates: true,
    ownTransactions: true,
  }),
} as const;
