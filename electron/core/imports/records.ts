// The record a case-log or program-list row holds beside its resident: program memberships (BNBA) and cases, parsed from cells.
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import { PROGRAMS } from '../../../shared/reference/programs.ts';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_SUBCATEGORIES,
  SERVICE_CHANNELS,
} from '../../../shared/reference/complaints.ts';
import type { ImportField, ImportMapping } from '../../../shared/types/imports.ts';
import type { ProgramMembership } from '../../../shared/types/register.ts';
import type { RawCell } from './read.ts';
import { parseDate, textOf, type DateOrder } from './values.ts';
import { statusSteps, type StatusStep } from './case-status.ts';

export interface ProgramRecord {
  type: 'program';
  program: string;
  status: ProgramMembership['status'];
  periodStart: string | null;
}

export interface CaseRecord {
  type: 'case';
  /** The day the case was received (the log's date; today when the log has no date column). */
  receivedDate: string;
  kind: 'LAYANAN' | 'KELUHAN';
  subKind: 'PERTANYAAN' | 'SARAN' | 'PENGADUAN' | null;
  category: string;
  subCategory: string | null;
  channel: string;
  description: string;
  reporterName: string | null;
  /** The log's status as steps from DITERIMA (none when blank or DITERIMA). */
  steps: StatusStep[];
}

export type ImportRecord = ProgramRecord | CaseRecord;

/** Upper case letters and digits only: `PBI-JK`, `pbi jk` and `PBIJK` are one. */
const compact = (s: string): string => s.toUpperCase().replace(/[^A-Z0-9]/g, '');

const PROGRAM_ALIASES: Record<string, string> = {
  BPNT: 'SEMBAKO',
  BANSOSSEMBAKO: 'SEMBAKO',
  KIS: 'PBI_JK',
  PBI: 'PBI_JK',
  PBIJK: 'PBI_JK',
  PBIJKN: 'PBI_JK',
  JAMKESDA: 'PBI_APBD',
  KIP: 'PIP',
  BLTDD: 'BLT_DD',
  BLTDANADESA: 'BLT_DD',
};

/** A program code from its code, short name, full name or a common alias (BPNT, KIS, PBI). */
export function programOf(text: string): string | null {
  const c = compact(text);
  if (c === '') return null;
  const alias = PROGRAM_ALIASES[c];
  if (alias) return alias;
  const p = PROGRAMS.items.find(
    (x) => compact(x.code) === c || compact(x.shortLabel) === c || compact(x.label) === c,
  );
  return p?.code ?? null;
}

const STATUSES: Record<string, ProgramMembership['status']> = {
  AKTIF: 'aktif',
  PENERIMA: 'aktif',
  NONAKTIF: 'nonaktif',
  TIDAKAKTIF: 'nonaktif',
  DIUSULKAN: 'diusulkan',
  USULAN: 'diusulkan',
  DITOLAK: 'ditolak',
};

const CASE_KIND_WORDS: Record<string, Pick<CaseRecord, 'kind' | 'subKind'>> = {
  LAYANAN: { kind: 'LAYANAN', subKind: null },
  PERMOHONAN: { kind: 'LAYANAN', subKind: null },
  KELUHAN: { kind: 'KELUHAN', subKind: 'PENGADUAN' },
  PENGADUAN: { kind: 'KELUHAN', subKind: 'PENGADUAN' },
  PERTANYAAN: { kind: 'KELUHAN', subKind: 'PERTANYAAN' },
  SARAN: { kind: 'KELUHAN', subKind: 'SARAN' },
};

/** Words a channel cell may contain, the longer first (`KUNJUNGAN WARGA` is a visit, not WhatsApp). */
const CHANNEL_WORDS: readonly (readonly [string, string])[] = [
  ['KUNJUNGAN', 'KUNJUNGAN'],
  ['SURAT', 'SURAT'],
  ['DESA', 'RUJUKAN_DESA'],
  ['DATANG', 'DATANG_LANGSUNG'],
  ['LANGSUNG', 'DATANG_LANGSUNG'],
  ['WHATSAPP', 'TELEPON_WA'],
  ['TELEPON', 'TELEPON_WA'],
  ['TELP', 'TELEPON_WA'],
  ['WA', 'TELEPON_WA'],
];

function channelOf(text: string | null): string {
  const c = compact(text ?? '');
  const item = SERVICE_CHANNELS.items.find((x) => compact(x.code) === c || compact(x.label) === c);
  if (item) return item.code;
  for (const [word, code] of CHANNEL_WORDS) if (c.includes(word)) return code;
  return 'KANAL_LAINNYA';
}

/** A category (and sub-category) from a category's or a sub-category's code or name; null when none fits. */
function categoryOf(text: string): { category: string; subCategory: string | null } | null {
  const c = compact(text);
  const cat = COMPLAINT_CATEGORIES.items.find((x) => compact(x.code) === c || compact(x.label) === c);
  if (cat) return { category: cat.code, subCategory: null };
  const sub = COMPLAINT_SUBCATEGORIES.items.find((x) => compact(x.code) === c || compact(x.label) === c);
  return sub ? { category: sub.category, subCategory: sub.code } : null;
}

/** What reading a row's record needs beyond its cells. */
export interface RecordContext {
  mapping: ImportMapping;
  /** Day/month order per date column, decided over all its rows. */
  orders: { caseDate: DateOrder | null; periodStart: DateOrder | null };
  thisYear: number;
  today: string;
}

/** Mapping problems of a kind's own fields (nothing can be imported until they are fixed). */
export function recordMappingErrors(
  mapping: ImportMapping,
  index: Partial<Record<ImportField, number>>,
): string[] {
  if (mapping.kind === 'programs' && index.program === undefined && !mapping.program)
    return ['Kolom program belum dipetakan, dan program untuk seluruh berkas belum dipilih.'];
  if (mapping.kind === 'cases' && index.description === undefined)
    return ['Kolom uraian pengaduan/layanan belum dipetakan.'];
  return [];
}

type Cell = (f: ImportField) => RawCell | undefined;

function programRecord(cell: Cell, ctx: RecordContext, errors: string[]): ProgramRecord | null {
  const written = textOf(cell('program'));
  const program = written ? programOf(written) : (ctx.mapping.program ?? null);
  if (!program)
    errors.push(
      written
        ? `Program "${written}" tidak dikenal (mis. PKH, Sembako/BPNT, PBI-JK/KIS).`
        : 'Program wajib diisi.',
    );
  const statusText = textOf(cell('programStatus'));
  const status = statusText ? STATUSES[compact(statusText)] : 'aktif';
  if (!status)
    errors.push(`Status "${statusText ?? ''}" tidak dikenal (Aktif, Nonaktif, Diusulkan atau Ditolak).`);
  const start = parseDate(cell('periodStart'), ctx.orders.periodStart, ctx.thisYear, 'Tanggal mulai');
  if (!start.ok) errors.push(start.reason);
  if (!program || !status || !start.ok) return null;
  return { type: 'program', program, status, periodStart: start.value };
}

function caseRecord(cell: Cell, ctx: RecordContext, errors: string[]): CaseRecord | null {
  const date = parseDate(cell('caseDate'), ctx.orders.caseDate, ctx.thisYear, 'Tanggal pengaduan');
  if (!date.ok) errors.push(date.reason);
  else if (date.value && date.value > ctx.today) errors.push('Tanggal pengaduan di masa depan.');
  const kindText = textOf(cell('caseKind'));
  const kind = kindText ? CASE_KIND_WORDS[compact(kindText)] : CASE_KIND_WORDS.PENGADUAN;
  if (!kind)
    errors.push(`Jenis "${kindText ?? ''}" tidak dikenal (Layanan, Pengaduan, Pertanyaan atau Saran).`);
  const categoryText = textOf(cell('caseCategory'));
  const category = categoryText ? categoryOf(categoryText) : null;
  let description = textOf(cell('description')) ?? '';
  // A topic the list does not know is kept in the text rather than lost.
  if (categoryText && !category) description = `${description}\n(Kategori di berkas: ${categoryText})`;
  if ((textOf(cell('description')) ?? '').length < 5) errors.push('Uraian wajib diisi (minimal 5 karakter).');
  else if (description.length > 4000) errors.push('Uraian terlalu panjang (paling banyak 4000 karakter).');
  const status = statusSteps(textOf(cell('caseStatus')), textOf(cell('caseStatusNote')));
  if (!status.ok) errors.push(status.reason);
  if (!date.ok || !kind || !status.ok || errors.length > 0) return null;
  return {
    type: 'case',
    steps: status.steps,
    receivedDate: date.value && date.value <= ctx.today ? date.value : ctx.today,
    ...kind,
    category: category?.category ?? 'LAINNYA',
    subCategory: category?.subCategory ?? null,
    channel: channelOf(textOf(cell('caseChannel'))),
    description,
    reporterName: textOf(cell('reporterName'))?.slice(0, 120) ?? null,
  };
}

/** The row's record, or null with the reasons in `errors` (persons rows have none). */
export function recordOf(cell: Cell, ctx: RecordContext, errors: string[]): ImportRecord | null {
  if (ctx.mapping.kind === 'programs') return programRecord(cell, ctx, errors);
  if (ctx.mapping.kind === 'cases') return caseRecord(cell, ctx, errors);
  return null;
}

const norm = (s: string): string => s.toUpperCase().replace(/\s+/g, ' ').trim();

/**
 * What makes a record the same as another of its resident: a running membership (aktif, diusulkan) of the
 * same program, or one of the same program and status; a case received the same day with the same text.
 */
export const recordKey = (r: ImportRecord): string =>
  r.type === 'program'
    ? `p:${r.program}:${r.status === 'aktif' || r.status === 'diusulkan' ? 'berjalan' : r.status}`
    : `c:${r.receivedDate}|${norm(r.description)}`;

/** The keys (`person id|record key`) of the records already in the register, so a repeated file adds none. */
export async function existingRecordKeys(db: DbOrTrx, kind: ImportMapping['kind']): Promise<Set<string>> {
  const keys = new Set<string>();
  if (kind === 'programs') {
    const rows = await db
      .selectFrom('program_memberships')
      .select(['person_id', 'program', 'status'])
      .where('deleted', '=', 0)
      .execute();
    for (const r of rows) {
      const status = r.status as ProgramMembership['status'];
      keys.add(
        `${r.person_id}|${recordKey({ type: 'program', program: r.program, status, periodStart: null })}`,
      );
    }
  }
  if (kind === 'cases') {
    const rows = (
      await sql<{
        beneficiary_id: string;
        day: string;
        description: string;
      }>`select beneficiary_id, substr(received_at, 1, 10) as day, description from cases where deleted = 0`.execute(
        db,
      )
    ).rows;
    for (const r of rows) keys.add(`${r.beneficiary_id}|c:${r.day}|${norm(r.description)}`);
  }
  return keys;
}
