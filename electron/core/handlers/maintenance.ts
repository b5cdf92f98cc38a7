// Handlers for backups, restore, re-seed and updates.
import type { Handlers } from '../context.ts';

export const maintenanceHandlers: Pick<Handlers, never> = {};
