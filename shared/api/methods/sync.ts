// Contract methods for the conflict log: list concurrent edits, keep the current value or take the other one.
import { z } from '../../validation/zod-locale.ts';
import { uuid } from '../../validation/common.ts';
import { method } from '../define.ts';
import type { Role } from '../roles.ts';
import type { SyncConflict } from '../../types/sync.ts';

/** A koordinator (kecamatan) or a supervisor at Dinsos reviews conflicts; admin as the office's supervisor. */
const REVIEWERS: readonly Role[] = ['koordinator', 'admin'];

export const syncMethods = {
  'sync.conflicts': method<SyncConflict[]>()({
    input: z.object({ status: z.enum(['open', 'kept', 'overridden', 'all']).default('open') }),
    access: REVIEWERS,
    mutates: false,
  }),
  'sync.resolveConflict': method<SyncConflict>()({
    input: z.object({ id: uuid, choose: z.enum(['keep', 'other']) }),
    access: REVIEWERS,
    mutates: true,
  }),
} as const;
