// Whom a referral letter is addressed to: the head of the destination office (default per destination, or the office's own setting).
import { DESTINATIONS, findItem } from '../../../shared/reference/index.ts';
import type { DbOrTrx } from '../db/database.ts';
import { getOwnOffice } from '../office/office-repo.ts';
import { getSetting, putSetting } from '../settings/security.ts';
import { regionNames } from './format.ts';
import type { LetterAddressee } from '../../../shared/types/letters.ts';

/** Settings key holding the office's own addressees, `{ [destination code]: "Kepala …" }`. */
export const ADDRESSEES_SETTING = 'referral_addressees';

/** The head of each agency as letters name them; `{kab}` is the office's kabupaten/kota ("Kabupaten Cilacap"). */
const HEAD_OF: Record<string, string> = {
  DISDUKCAPIL: 'Kepala Dinas Kependudukan dan Pencatatan Sipil {kab}',
  PUSKESMAS: 'Kepala Puskesmas',
  RSUD: 'Direktur Rumah Sakit Umum Daerah',
  DINKES: 'Kepala Dinas Kesehatan {kab}',
  BPJS_KESEHATAN: 'Kepala Kantor Cabang BPJS Kesehatan',
  DINAS_PENDIDIKAN: 'Kepala Dinas Pendidikan {kab}',
  SEKOLAH_MADRASAH: 'Kepala Sekolah/Madrasah',
  DINAS_PERKIM: 'Kepala Dinas Perumahan dan Kawasan Permukiman {kab}',
  DISNAKER: 'Kepala Dinas Tenaga Kerja {kab}',
  UPTD_PPA: 'Kepala UPTD Perlindungan Perempuan dan Anak {kab}',
  BALAI_REHSOS: 'Kepala Balai/Loka Rehabilitasi Sosial',
  LKS: 'Pimpinan Lembaga Kesejahteraan Sosial',
  PEMDES: 'Kepala Desa/Lurah',
  POLISI: 'Kepala Kepolisian Sektor',
  DINSOS_KABKOTA: 'Kepala Dinas Sosial {kab}',
  INSTANSI_LAINNYA: 'Pimpinan instansi yang dituju',
};

/**
 * The addressee lines of the letter to `destination`: the office's own text for it if set, else the head
 * of the agency; a program is addressed to the Dinsos head, for the attention of the program's manager.
 */
export function letterAddressee(
  destination: string,
  kabkota: string | null,
  own: Readonly<Record<string, string>> = {},
): string[] {
  const custom = own[destination]?.trim();
  if (custom)
    return custom
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  const fill = (text: string): string => text.replace('{kab}', kabkota ?? '').trim();
  const head = HEAD_OF[destination];
  if (head) return [fill(head)];
  const dest = findItem(DESTINATIONS, destination);
  if (dest?.kind === 'program') return [fill('Kepala Dinas Sosial {kab}'), `u.p. Pengelola ${dest.label}`];
  return [fill(HEAD_OF.INSTANSI_LAINNYA ?? '')];
}

/** The office's own addressees per destination code (empty when none is set). */
export const ownAddressees = (db: DbOrTrx): Promise<Record<string, string>> =>
  getSetting<Record<string, string>>(db, ADDRESSEES_SETTING, {});

/** Every destination with its default addressee for this office and the office's own text. */
export async function listAddressees(db: DbOrTrx): Promise<LetterAddressee[]> {
  const office = await getOwnOffice(db);
  const kabkota = office ? regionNames(office.regionPath).kabkota : null;
  const own = await ownAddressees(db);
  return DESTINATIONS.items.map((d) => ({
    destination: d.code,
    label: d.label,
    defaultLines: letterAddressee(d.code, kabkota),
    own: own[d.code]?.trim() || null,
  }));
}

/** Merges `changes` into the office's own addressees; an empty text goes back to the default. */
export async function updateAddressees(
  db: DbOrTrx,
  changes: Readonly<Partial<Record<string, string>>>,
  now: number,
): Promise<void> {
  const next: Record<string, string> = { ...(await ownAddressees(db)) };
  for (const [code, text] of Object.entries(changes)) {
    if (text === undefined) continue;
    if (text.trim()) next[code] = text.trim();
    else delete next[code];
  }
  await putSetting(db, ADDRESSEES_SETTING, next, now);
}
