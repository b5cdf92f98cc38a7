// All handlers, one per contract method; the type makes a missing or extra handler a compile error.
import type { Handlers } from '../context.ts';
import { adminHandlers } from './admin.ts';
import { authHandlers } from './auth.ts';
import { caseHandlers } from './cases.ts';
import { documentHandlers } from './documents.ts';
import { registerHandlers } from './register.ts';
import { importHandlers } from './imports.ts';
import { systemHandlers } from './system.ts';
import { syncScheduleHandlers } from './sync-schedule.ts';
import { trustHandlers } from './trust.ts';
import { syncHandlers } from './sync.ts';
import { syncOpsHandlers } from './sync-ops.ts';
import { reportHandlers } from './reports.ts';
import { maintenanceHandlers } from './maintenance.ts';
import { dbKeyHandlers } from './db-key.ts';
import { updateHandlers } from './updates.ts';
import { operationHandlers } from './operations.ts';
import { erasureHandlers } from './erasure.ts';
import { breachHandlers } from './breach.ts';
import { duplicateHandlers } from './duplicates.ts';
import { attachmentHandlers } from './attachments.ts';
import { usulanHandlers } from './usulan.ts';
import { musdesHandlers } from './musdes.ts';
import { musdesDocHandlers } from './musdes-docs.ts';
import { usulanUploadHandlers } from './usulan-upload.ts';

export const handlers: Handlers = {
  ...systemHandlers,
  ...authHandlers,
  ...adminHandlers,
  ...registerHandlers,
  ...importHandlers,
  ...caseHandlers,
  ...documentHandlers,
  ...trustHandlers,
  ...syncHandlers,
  ...syncOpsHandlers,
  ...syncScheduleHandlers,
  ...reportHandlers,
  ...maintenanceHandlers,
  ...dbKeyHandlers,
  ...updateHandlers,
  ...operationHandlers,
  ...erasureHandlers,
  ...breachHandlers,
  ...duplicateHandlers,
  ...attachmentHandlers,
  ...usulanHandlers,
  ...musdesHandlers,
  ...musdesDocHandlers,
  ...usulanUploadHandlers,
};
