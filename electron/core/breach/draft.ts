// The breach notification draft of a recorded incident, as a PDF or XLSX file the admin downloads.
import type { BreachDraftFile, BreachSources, IdentifiedFile } from '../../../shared/types/breach.ts';
import type { DbOrTrx } from '../db/database.ts';
import { CoreError } from '../errors.ts';
import { getOwnOffice } from '../office/office-repo.ts';
import { breachDraftPdf } from './draft-pdf.ts';
import { draftText } from './draft-text.ts';
import { breachDraftXlsx } from './draft-xlsx.ts';
import { getIncident, listIncidents } from './incidents.ts';
import { breachList, toLogEntry } from './list.ts';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function breachDraft(
  db: DbOrTrx,
  incidentId: string,
  format: 'pdf' | 'xlsx',
  nowMs: number,
): Promise<BreachDraftFile> {
  const office = await getOwnOffice(db);
  if (!office) throw new CoreError('SETUP_REQUIRED', 'Kantor belum disiapkan.');
  const incident = await getIncident(db, incidentId);
  const list = await breachList(db, incident.source);
  const data = { office, incident, list, at: nowMs };
  const base = draftText(data).fileBase;
  if (format === 'pdf') {
    const bytes = await breachDraftPdf(data);
    return { fileName: `${base}.pdf`, mime: 'application/pdf', base64: bytes.toString('base64') };
  }
  const bytes = await breachDraftXlsx(data);
  return { fileName: `${base}.xlsx`, mime: XLSX_MIME, base64: Buffer.from(bytes).toString('base64') };
}

/** The newest logged files (at most `limit`), the offices a lost device may belong to, recorded breaches. */
export async function breachSources(db: DbOrTrx, limit = 300): Promise<BreachSources> {
  const own = await getOwnOffice(db);
  const [exports, offices, incidents] = await Promise.all([
    db
      .selectFrom('export_log')
      .selectAll()
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute(),
    db
      .selectFrom('offices')
      .select(['id', 'name', 'region_code'])
      .where('deleted', '=', 0)
      .orderBy('region_code')
      .execute(),
    listIncidents(db),
  ]);
  return {
    exports: exports.map(toLogEntry),
    offices: offices.map((o) => ({
      id: o.id,
      name: o.name,
      regionCode: o.region_code,
      own: o.id === own?.id,
    })),
    incidents,
  };
}

/** The logged file with this SHA-256, or else the bundle with this header identity, if the register wrote it. */
export async function identifyFile(db: DbOrTrx, sha256: string, bundleRef?: string): Promise<IdentifiedFile> {
  const byHash = await db
    .selectFrom('export_log')
    .selectAll()
    .where('sha256', '=', sha256)
    .orderBy('at', 'desc')
    .executeTakeFirst();
  const row =
    byHash ??
    (bundleRef
      ? await db.selectFrom('export_log').selectAll().where('bundle_ref', '=', bundleRef).executeTakeFirst()
      : undefined);
  return { match: row ? toLogEntry(row) : null };
}
