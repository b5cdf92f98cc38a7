// Handlers for application update status and settings.
import type { Handlers } from '../context.ts';

export const updateHandlers: Pick<Handlers, never> = {};
