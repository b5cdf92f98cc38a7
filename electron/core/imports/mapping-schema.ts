// The zod schema of an import mapping (a --mapping FILE.json or a saved template), with Indonesian messages.
import { CoreError } from '../errors.ts';
import { importMappingSchema } from '../../../shared/api/methods/imports.ts';
import type { z } from 'zod';
import type { CsvOptions, ImportMapping } from './mapping.ts';

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
  return mappingOfParsed(r.data);
}

/** A mapping as the zod schema parsed it, without the keys left undefined. */
export function mappingOfParsed(data: z.output<typeof importMappingSchema>): ImportMapping {
  const columns = Object.fromEntries(Object.entries(data.columns).filter(([, v]) => v !== undefined));
  const m: ImportMapping = { kind: data.kind, columns };
  if (data.program) m.program = data.program;
  if (data.desaNames) m.desaNames = data.desaNames;
  if (data.updateGroups) m.updateGroups = data.updateGroups;
  if (data.csv) {
    const csv: CsvOptions = {};
    if (data.csv.encoding) csv.encoding = data.csv.encoding;
    if (data.csv.delimiter) csv.delimiter = data.csv.delimiter;
    m.csv = csv;
  }
  return m;
}
