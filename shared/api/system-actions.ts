// Audit action codes of work that does not pass the dispatch (CLI commands, scheduled jobs), beside the contract's.
import type { Method } from './contract.ts';
import type { OperationName } from './operations.ts';

/** Codes only the system account writes; each has a phrase in the audit log's wording (id and en). */
export const SYSTEM_ACTIONS = [
  'system.info',
  'digest.compute',
  'demo.generate',
  'sync.importFiles',
  'sync.inspectBundle',
  'sync.offices',
  'sync.ledger',
  'sync.scheduledRun',
  'reseed.export',
  'reseed.import',
  'update.sign',
] as const;

export type SystemAction = (typeof SYSTEM_ACTIONS)[number];

/** What a system task may be audited as: its own code, or the contract method or operation it stands for. */
export type AuditAction = Method | OperationName | SystemAction;
