// Logs a document handed to the user (person data, referral letter, report): its hash and whose data it carried.
import type { ExportKind } from '../../../shared/types/breach.ts';
import type { DbOrTrx } from '../db/database.ts';
import { CategoryMap, HEALTH_DESTINATIONS } from './categories.ts';
import { logExport, sha256Hex } from './export-log.ts';
import { holdingsOf } from './holdings.ts';

export interface GivenFile {
  fileName: string;
  base64: string;
}

export interface LogFileOptions {
  /** The writer connection (a read call runs on the read-only one). */
  writer: DbOrTrx;
  /** Where the register is read (the call's own connection). */
  db: DbOrTrx;
  kind: ExportKind;
  file: GivenFile;
  atMs: number;
  username: string | null;
  detail: string;
}

const write = (o: LogFileOptions, persons: CategoryMap): Promise<string> =>
  logExport(
    o.writer,
    {
      kind: o.kind,
      fileName: o.file.fileName,
      atMs: o.atMs,
      sha256: sha256Hex(Buffer.from(o.file.base64, 'base64')),
      username: o.username,
      detail: o.detail,
    },
    persons,
  );

/** A resident's own data: everything the register holds about them. */
export async function logPersonFile(o: LogFileOptions, personId: string): Promise<string> {
  return write(o, await holdingsOf(o.db, { ids: [personId] }, o.atMs));
}

/** A referral letter: the beneficiary's identity, address and the service; a health destination tells health. */
export async function logReferralFile(o: LogFileOptions, referralId: string): Promise<string> {
  const r = await o.db
    .selectFrom('referrals')
    .innerJoin('cases', 'cases.id', 'referrals.case_id')
    .select(['cases.beneficiary_id', 'referrals.destination'])
    .where('referrals.id', '=', referralId)
    .executeTakeFirst();
  const persons = new CategoryMap();
  if (r?.beneficiary_id) {
    persons.add(r.beneficiary_id, ['identitas', 'alamat_kontak', 'layanan']);
    if (HEALTH_DESTINATIONS.has(r.destination)) persons.add(r.beneficiary_id, ['kesehatan']);
  }
  return write(o, persons);
}

/** A report or recap: counts only, no resident listed (logged so a leaked copy is recognised as such). */
export async function logReportFile(o: LogFileOptions): Promise<string> {
  return write(o, new CategoryMap());
}

/** A list of proposals (berita acara, BNBA, the upload file): the persons it names, with the socio-economic purpose. */
export async function logProposalListFile(o: LogFileOptions, personIds: readonly string[]): Promise<string> {
  const persons = new CategoryMap();
  for (const id of personIds) persons.add(id, ['identitas', 'alamat_kontak', 'sosial_ekonomi']);
  return write(o, persons);
}
