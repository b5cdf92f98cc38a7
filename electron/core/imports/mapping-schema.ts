// The zod schema of an import mapping (a --mapping FILE.json or a saved template), with Indonesian messages.
import { CoreError } from '../errors.ts';
import { importMappingSchema } from '../../../shared/api/methods/imports.ts';
import type { ImportMapping } from './mapping.ts';

/** Parses a mapping from JSON text; a bad file is a VALIDATION error naming the field at fault. */
export function parseMapping(json: string): ImportMapping {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new CoreError('VALIDATION', 'Berkas pemetaan bukan JSON yang valid.');
  }
  const r = importMappingSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue?.path.map(String).join('.') ?? '';
    throw new CoreError(
      'VALIDATION',
      `Pemetaan tidak valid${where ? ` (${where})` : ''}: ${issue?.message ?? ''}`,
    );
  }
  const columns = Object.fromEntries(Object.entries(r.data.columns).filter(([, v]) => v !== undefined));
  const m: ImportMapping = { kind: 'persons', columns };
  if (r.data.desaNames) m.desaNames = r.data.desaNames;
  if (r.data.updateGroups) m.updateGroups = r.data.updateGroups;
  return m;
}
