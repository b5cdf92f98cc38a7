// The zod schema of an import mapping (a --mapping FILE.json or a saved template), with Indonesian messages.
import { z } from '../../../shared/validation/zod-locale.ts';
import { CoreError } from '../errors.ts';
import { PERSON_IMPORT_FIELDS, type ImportMapping } from './mapping.ts';

const header = z.string().trim().min(1, 'Nama kolom tidak boleh kosong.').max(200);

export const importMappingSchema = z.object({
  kind: z.literal('persons', 'Jenis impor yang didukung baru "persons" (warga dengan keluarga).'),
  columns: z.partialRecord(z.enum(PERSON_IMPORT_FIELDS), header),
  desaNames: z
    .record(z.string().max(200), z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, 'Kode desa tidak valid.'))
    .optional(),
  updateGroups: z
    .array(z.enum(['identitas', 'alamat', 'lainnya']))
    .max(3)
    .optional(),
});

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
  const m: ImportMapping = { kind: 'persons', columns: r.data.columns };
  if (r.data.desaNames) m.desaNames = r.data.desaNames;
  if (r.data.updateGroups) m.updateGroups = r.data.updateGroups;
  return m;
}
