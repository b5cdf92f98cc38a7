// The one typed contract: every operation the UI may call, with input schema, output type and roles.
import type { z } from 'zod';
import type { MethodSpec } from './define.ts';
import type { Result } from './result.ts';
import type { PickedBundles, SavedBundle, StagedBundle } from '../types/sync.ts';
import { adminMethods } from './methods/admin.ts';
import { authMethods } from './methods/auth.ts';
import { documentMethods } from './methods/documents.ts';
import { caseMethods } from './methods/cases.ts';
import { registerMethods } from './methods/register.ts';
import { systemMethods } from './methods/system.ts';
import { syncScheduleMethods } from './methods/sync-schedule.ts';
import { trustMethods } from './methods/trust.ts';
import { syncMethods } from './methods/sync.ts';
import { syncOpsMethods } from './methods/sync-ops.ts';
import { reportMethods } from './methods/reports.ts';
import { maintenanceMethods } from './methods/maintenance.ts';
import { updateMethods } from './methods/updates.ts';
import { operationMethods } from './methods/operations.ts';
import { erasureMethods } from './methods/erasure.ts';
import { importMethods } from './methods/imports.ts';
import { breachMethods } from './methods/breach.ts';
import { duplicateMethods } from './methods/duplicates.ts';
import { attachmentMethods } from './methods/attachments.ts';
import { usulanMethods } from './methods/usulan.ts';
import { musdesMethods } from './methods/musdes.ts';
import { usulanUploadMethods } from './methods/usulan-upload.ts';

export const contract = {
  ...systemMethods,
  ...authMethods,
  ...adminMethods,
  ...registerMethods,
  ...importMethods,
  ...caseMethods,
  ...documentMethods,
  ...trustMethods,
  ...syncMethods,
  ...syncOpsMethods,
  ...syncScheduleMethods,
  ...reportMethods,
  ...maintenanceMethods,
  ...updateMethods,
  ...operationMethods,
  ...erasureMethods,
  ...breachMethods,
  ...duplicateMethods,
  ...attachmentMethods,
  ...usulanMethods,
  ...musdesMethods,
  ...usulanUploadMethods,
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
/** What a caller passes (before defaults are applied). */
export type Input<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = Contract[M] extends MethodSpec<z.ZodType, infer O> ? O : never;

export const METHODS = Object.keys(contract) as Method[];
export const isMethod = (name: string): name is Method => Object.hasOwn(contract, name);

/** What the preload exposes: the contract call, and the desktop's native file picker for bundles. */
export interface PuskesosBridge {
  call<M extends Method>(method: M, input: Input<M>, sessionId: string | null): Promise<Result<Output<M>>>;
  /**
   * Opens the OS's open dialog for `.pksb` files and copies the picked ones into the inbox (each after
   * `sync.uploadPermit` with this session); the renderer then imports them by name with `sync.importRun`.
   */
  pickBundleFiles(sessionId: string | null): Promise<Result<PickedBundles>>;
  /**
   * Opens the OS's save dialog for one outbox bundle and copies it there (streamed, temporary name, rename), after
   * `sync.downloadPermit` with this session.
   */
  saveBundleFile(fileName: string, sessionId: string | null): Promise<Result<SavedBundle>>;
  /**
   * Opens the OS's open dialog for one `.xlsx`/`.csv` and copies it into `impor/` by path (after
   * `imports.uploadPermit` with this session), any size up to the cap; null when the clerk closed the dialog.
   */
  pickImportFile?(sessionId: string | null): Promise<Result<StagedBundle | null>>;
}
