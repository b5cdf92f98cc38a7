// A resident's own data (UU 27/2022 access request) as a JSON file or a PDF, both built from one export object.
import type { GeneratedFile } from '../../../shared/types/cases.ts';
import type { DbOrTrx } from '../db/database.ts';
import { localDay, shortId, zoneOfRegion } from './format.ts';
import { renderPdf } from './pdf.ts';
import { loadPersonData } from './person-data-load.ts';
import { personDataContent } from './person-data-pdf.ts';
import type { PersonDataExport } from './person-data-types.ts';

export type PersonDataFormat = 'pdf' | 'json';

/** `data-warga-<last 8 hex of the id>-<local day>.<format>` */
export function personDataFileName(d: PersonDataExport, format: PersonDataFormat): string {
  const day = localDay(Date.parse(d.exportedAt), zoneOfRegion(d.office.regionCode));
  return `data-warga-${shortId(d.person.id)}-${day}.${format}`;
}

export async function personDataPdf(d: PersonDataExport): Promise<Buffer> {
  return renderPdf({
    title: 'Salinan data pribadi warga',
    subject: 'Salinan data pribadi atas permintaan subjek data (UU 27/2022)',
    createdAt: Date.parse(d.exportedAt),
    content: personDataContent(d),
    footerNote: `Salinan data pribadi · RAHASIA · ${d.office.name}`,
  });
}

export async function personDataFile(
  db: DbOrTrx,
  personId: string,
  format: PersonDataFormat,
  now: number,
): Promise<GeneratedFile> {
  const data = await loadPersonData(db, personId, now);
  const fileName = personDataFileName(data, format);
  if (format === 'json') {
    const text = `${JSON.stringify(data, null, 2)}\n`;
    return { fileName, mime: 'application/json', base64: Buffer.from(text, 'utf8').toString('base64') };
  }
  return { fileName, mime: 'application/pdf', base64: (await personDataPdf(data)).toString('base64') };
}
