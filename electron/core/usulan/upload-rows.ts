// The national upload file's rows: one per person of each proposal in the chosen state, in the columns docs/usulan.md lists.
import type { UsulanState } from '../../../shared/reference/usulan.ts';
import type { DbOrTrx } from '../db/database.ts';
import { personsOf } from './bnba-data.ts';
import { listUsulan } from './usulan-read.ts';
import { CONDITION_HEADERS, conditionCells } from './upload-condition.ts';
import { conditionOf } from './condition.ts';

export const UPLOAD_HEADERS = [
  'no',
  'id_usulan',
  'nik',
  'no_kk',
  'nama',
  'nama_kepala_keluarga',
  'jenis_kelamin',
  'tanggal_lahir',
  'kode_wilayah',
  'alamat',
  'rt',
  'rw',
  'jenis_usulan',
  'alasan',
  'kantor_pengusul',
  'tanggal_musdes',
  // The household condition (usul baru, perbaikan data; empty when none): labels of shared/reference lists.
  ...CONDITION_HEADERS,
] as const;

export type UploadRow = Record<(typeof UPLOAD_HEADERS)[number], string | number>;

export interface UploadList {
  rows: UploadRow[];
  personIds: string[];
}

/** Every person of every proposal in `state` (at Dinsos: the kabupaten's), oldest proposal first. */
export async function uploadRows(db: DbOrTrx, state: UsulanState): Promise<UploadList> {
  const rows: UploadRow[] = [];
  const personIds: string[] = [];
  const proposals = [];
  for (let offset = 0; ; offset += 500) {
    const page = await listUsulan(db, { state, limit: 500, offset });
    proposals.push(...page.items);
    if (offset + 500 >= page.total) break;
  }
  proposals.sort((a, b) =>
    a.proposedAt === b.proposedAt ? (a.id < b.id ? -1 : 1) : a.proposedAt < b.proposedAt ? -1 : 1,
  );
  for (const p of proposals) {
    const u = await db
      .selectFrom('usulan as u')
      .innerJoin('households as h', 'h.id', 'u.household_id')
      .select(['u.person_ids', 'u.reason', 'u.household_condition', 'h.address', 'h.rt', 'h.rw'])
      .where('u.id', '=', p.id)
      .executeTakeFirst();
    if (!u) continue;
    const decided = await db
      .selectFrom('usulan_steps')
      .select('session_date')
      .where('usulan_id', '=', p.id)
      .where('step', '=', 'disetujui_musdes')
      .where('deleted', '=', 0)
      .orderBy('hlc', 'desc')
      .executeTakeFirst();
    const condition = conditionCells(conditionOf(u.household_condition));
    for (const person of await personsOf(db, p.householdId, u.person_ids)) {
      personIds.push(person.id);
      rows.push({
        no: rows.length + 1,
        id_usulan: p.id,
        nik: person.nik ?? '',
        no_kk: p.noKk,
        nama: person.name,
        nama_kepala_keluarga: p.headName,
        jenis_kelamin: person.sex,
        tanggal_lahir: person.birth_date ?? '',
        kode_wilayah: p.desaCode,
        alamat: u.address,
        rt: u.rt ?? '',
        rw: u.rw ?? '',
        jenis_usulan: p.kind,
        alasan: u.reason,
        kantor_pengusul: p.officeName,
        tanggal_musdes: decided?.session_date ?? '',
        ...condition,
      });
    }
  }
  return { rows, personIds };
}
