// Handlers for the TKSK activity log, monthly report, finalization and the Dinsos recap.
import type { Handlers } from '../context.ts';

export const reportHandlers: Pick<Handlers, never> = {};
