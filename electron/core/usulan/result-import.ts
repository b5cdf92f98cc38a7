// The national result file (NIK, No KK, hasil, desil) matched back to forwarded proposals; a dry run, or each match recorded.
import type { ResultImport, ResultRow } from '../../../shared/types/usulan-upload.ts';
import type { CaseWork } from '../cases/work.ts';
import { CoreError } from '../errors.ts';
import type { RawCell } from '../imports/read.ts';
import { OperationCancelled, type OperationControl } from '../operations/control.ts';
import { deriveState } from './state.ts';
import { transitionUsulan } from './usulan-write.ts';

/** Header spellings the national result files use, compacted (lower case, letters and digits only). */
const COLUMNS = {
  nik: ['nik'],
  noKk: ['nokk', 'kk', 'nomorkk', 'nokartukeluarga'],
  result: ['hasil', 'status', 'statushasil', 'keputusan'],
  desil: ['desil', 'peringkatdesil'],
  reason: ['alasan', 'keterangan', 'catatan'],
} as const;
type Column = keyof typeof COLUMNS;

const compact = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const digits = (s: string): string => s.replace(/\D/g, '');

/** "diterima" / "ditolak" from the spellings a result file may use; null when unreadable. */
function resultOf(text: string): 'diterima' | 'ditolak' | null {
  const t = compact(text);
  if (['diterima', 'terima', 'ya', 'masuk', 'layak', 'padan'].includes(t)) return 'diterima';
  if (['ditolak', 'tolak', 'tidak', 'tidaklayak', 'tidakmasuk'].includes(t)) return 'ditolak';
  return null;
}

/** Finds the header row (the first naming No KK and a result) and where each column is. */
function headerOf(rows: readonly RawCell[][]): { at: number; col: Partial<Record<Column, number>> } {
  for (let at = 0; at < Math.min(rows.length, 20); at++) {
    const names = (rows[at] ?? []).map((c) => compact(c.text));
    const col: Partial<Record<Column, number>> = {};
    for (const [key, spellings] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
      const i = names.findIndex((n) => spellings.includes(n));
      if (i >= 0) col[key] = i;
    }
    if (col.noKk !== undefined && col.result !== undefined) return { at, col };
  }
  throw new CoreError(
    'VALIDATION',
    'Baris judul tidak ditemukan: berkas hasil harus memuat kolom "No KK" dan "Hasil" (serta "NIK" dan "Desil").',
  );
}

interface Candidate {
  id: string;
  kind: string;
  personIds: string[];
  headName: string;
}

/** The household's proposals forwarded to the national system and still awaiting their result. */
async function forwardedOf(
  work: CaseWork,
  noKk: string,
): Promise<{ households: string[]; open: Candidate[] }> {
  const households = await work.db
    .selectFrom('households')
    .select(['id', 'head_name'])
    .where('no_kk', '=', noKk)
    .where('deleted', '=', 0)
    .execute();
  const open: Candidate[] = [];
  for (const h of households) {
    const proposals = await work.db
      .selectFrom('usulan')
      .select(['id', 'kind', 'person_ids'])
      .where('household_id', '=', h.id)
      .where('deleted', '=', 0)
      .execute();
    for (const p of proposals) {
      const steps = await work.db
        .selectFrom('usulan_steps')
        .selectAll()
        .where('usulan_id', '=', p.id)
        .execute();
      if (deriveState(steps).state !== 'diteruskan') continue;
      const ids: unknown = JSON.parse(p.person_ids);
      open.push({
        id: p.id,
        kind: p.kind,
        personIds: Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [],
        headName: h.head_name ?? '',
      });
    }
  }
  return { households: households.map((h) => h.id), open };
}

type Parsed = Omit<ResultRow, 'ok' | 'message' | 'usulanId' | 'headName'> & { reason: string };

/** Which forwarded proposal a row is about, or why none (the message the row gets). */
async function match(
  work: CaseWork,
  row: Parsed,
  taken: ReadonlySet<string>,
): Promise<{ candidate: Candidate } | { error: string }> {
  if (row.noKk.length !== 16) return { error: 'No KK harus 16 angka.' };
  if (row.result === '') return { error: 'Hasil tidak terbaca: isi "diterima" atau "ditolak".' };
  const { households, open } = await forwardedOf(work, row.noKk);
  if (households.length === 0) return { error: `No KK ${row.noKk} tidak ada di register.` };
  let found = open;
  if (row.nik) {
    const person = await work.db
      .selectFrom('persons')
      .select(['id'])
      .where('nik', '=', row.nik)
      .where('household_id', 'in', households)
      .where('deleted', '=', 0)
      .executeTakeFirst();
    if (!person) return { error: `NIK ${row.nik} bukan anggota keluarga dengan No KK ${row.noKk}.` };
    const named = open.filter((c) => c.personIds.includes(person.id));
    if (named.length > 0) found = named;
  }
  if (found.length === 0)
    return { error: `Tidak ada usulan No KK ${row.noKk} yang sedang diteruskan ke pusat.` };
  if (found.length > 1)
    return {
      error: `No KK ${row.noKk} punya beberapa usulan yang diteruskan; isi NIK warga yang diusulkan.`,
    };
  const candidate = found[0] as Candidate;
  if (taken.has(candidate.id)) return { error: 'Usulan ini sudah ada di baris lain berkas ini.' };
  if (row.result === 'diterima' && candidate.kind !== 'usul_keluar' && row.desil === null) {
    return { error: 'Hasil diterima tanpa desil (1–10).' };
  }
  return { candidate };
}

function parse(
  cells: readonly RawCell[],
  col: Partial<Record<Column, number>>,
  line: number,
): Parsed | string {
  const at = (c: Column): string =>
    col[c] === undefined ? '' : (cells[col[c] as number]?.text ?? '').trim();
  const desilText = at('desil');
  const desil = desilText === '' ? null : Number(desilText);
  if (desil !== null && !(Number.isInteger(desil) && desil >= 1 && desil <= 10)) {
    return `Desil "${desilText}" tidak valid: isi angka 1–10.`;
  }
  return {
    line,
    nik: digits(at('nik')),
    noKk: digits(at('noKk')),
    result: resultOf(at('result')) ?? '',
    desil,
    reason: at('reason'),
  };
}

/** Rows between two safe points (progress reported, cancel looked at). */
const ROWS_PER_STEP = 25;

/** Progress `cocokkan` every ROWS_PER_STEP rows; a cancel seen there throws OperationCancelled. */
async function stepAt(control: OperationControl | undefined, done: number, total: number): Promise<void> {
  if (!control || (done % ROWS_PER_STEP !== 0 && done !== total)) return;
  if (await control.checkpoint()) throw new OperationCancelled();
  control.progress({ phase: 'cocokkan', done, total, item: null });
}

/**
 * usulan.importResultRun at Dinsos: each row names a forwarded proposal by No KK (and NIK when the household has
 * several); a matching row records hasil diterima (desil, effective date) or hasil ditolak (reason). A row that
 * matches nothing is listed with its reason and changes nothing; a dry run records nothing at all. With a
 * `control`, a cancel throws OperationCancelled: run it inside one transaction so that nothing stays recorded.
 */
export async function importResult(
  work: CaseWork,
  rows: readonly RawCell[][],
  opts: { effectiveDate: string; dryRun: boolean; control?: OperationControl },
): Promise<ResultImport> {
  const { at, col } = headerOf(rows);
  const out: ResultRow[] = [];
  const taken = new Set<string>();
  const total = rows.length - at - 1;
  for (let i = at + 1; i < rows.length; i++) {
    await stepAt(opts.control, i - at - 1, total);
    const cells = rows[i] ?? [];
    if (cells.every((c) => c.text.trim() === '')) continue;
    const parsed = parse(cells, col, i + 1);
    if (typeof parsed === 'string') {
      out.push({
        line: i + 1,
        nik: '',
        noKk: '',
        result: '',
        desil: null,
        usulanId: null,
        headName: '',
        ok: false,
        message: parsed,
      });
      continue;
    }
    const { reason, ...shown } = parsed;
    const m = await match(work, parsed, taken);
    if ('error' in m) {
      out.push({ ...shown, usulanId: null, headName: '', ok: false, message: m.error });
      continue;
    }
    taken.add(m.candidate.id);
    const accepted = parsed.result === 'diterima';
    if (!opts.dryRun) {
      await transitionUsulan(work, 'dinsos', {
        id: m.candidate.id,
        step: accepted ? 'hasil_diterima' : 'hasil_ditolak',
        reason: accepted ? null : reason || 'Ditolak dalam hasil pemutakhiran pusat.',
        desil: accepted ? parsed.desil : null,
        effectiveDate: accepted ? opts.effectiveDate : null,
        sessionId: null,
        session: null,
      });
    }
    out.push({
      ...shown,
      usulanId: m.candidate.id,
      headName: m.candidate.headName,
      ok: true,
      message: accepted
        ? `Diterima${parsed.desil === null ? '' : `, desil ${parsed.desil}`}, berlaku ${opts.effectiveDate}`
        : `Ditolak pusat${reason ? `: ${reason}` : ''}`,
    });
  }
  await stepAt(opts.control, total, total);
  const matched = out.filter((r) => r.ok).length;
  return {
    dryRun: opts.dryRun,
    effectiveDate: opts.effectiveDate,
    rows: out,
    matched,
    errors: out.length - matched,
  };
}
