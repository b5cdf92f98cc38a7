// Which office a report is for, its desa (every one, for the zero rows) and the SQL condition on a case's desa.
import { sql, type RawBuilder } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import { CoreError } from '../errors.ts';
import { getOffice, getOwnOfficeId } from '../office/office-repo.ts';
import { listRegions } from '../regions/regions.ts';
import type { OfficeInfo } from '../../../shared/types/office.ts';

export interface ReportScope {
  office: OfficeInfo;
  ownOfficeId: string;
  /** Desa of the office's region, in code order. */
  desa: { code: string; name: string }[];
}

/** The office the report is for: the own office, or (at Dinsos) an office it holds the register of. */
export async function reportScope(db: DbOrTrx, officeId?: string): Promise<ReportScope> {
  const ownOfficeId = await getOwnOfficeId(db);
  if (!ownOfficeId) throw new CoreError('SETUP_REQUIRED', 'Kantor belum disiapkan.');
  const own = await getOffice(db, ownOfficeId);
  if (!own) throw new CoreError('SETUP_REQUIRED', 'Data kantor tidak ditemukan.');
  let office = own;
  if (officeId && officeId !== ownOfficeId) {
    if (own.type !== 'dinsos') {
      throw new CoreError('FORBIDDEN', 'Laporan kantor lain hanya dapat dibuka di Dinas Sosial.');
    }
    const other = await getOffice(db, officeId);
    if (!other || other.type === 'dinsos') {
      throw new CoreError('NOT_FOUND', 'Kantor kecamatan/desa itu tidak dikenal di register ini.');
    }
    office = other;
  }
  return { office, ownOfficeId, desa: await desaOf(office) };
}

async function desaOf(office: OfficeInfo): Promise<{ code: string; name: string }[]> {
  const code = office.regionCode;
  if (office.type === 'desa') {
    const name = office.regionPath.at(-1)?.name ?? code;
    return [{ code, name }];
  }
  if (office.type === 'kecamatan')
    return (await listRegions('desa', code)).map((r) => ({ code: r.code, name: r.name }));
  const out: { code: string; name: string }[] = [];
  for (const kec of await listRegions('kecamatan', code)) {
    for (const d of await listRegions('desa', kec.code)) out.push({ code: d.code, name: d.name });
  }
  return out;
}

/** SQL: the case alias's desa lies inside the office's region (a desa office: that desa). */
export function caseInScope(alias: string, office: OfficeInfo): RawBuilder<boolean> {
  const col = sql.ref(`${alias}.desa_code`);
  if (office.type === 'desa') return sql<boolean>`${col} = ${office.regionCode}`;
  return sql<boolean>`substr(${col}, 1, ${office.regionCode.length + 1}) = ${`${office.regionCode}.`}`;
}
