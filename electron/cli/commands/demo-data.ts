// `puskesos demo-data`: fills a register with synthetic households, persons and case work (or adds a later period).
import { SEEDED_SHARE } from '../../core/demo/seeded-pairs.ts';
import { FINALIZED_MONTHS } from '../../core/demo/reports.ts';
import type { ProgressEvent } from '../../../shared/api/operations.ts';
import { optionalString, parseFlags, requireString } from '../args.ts';
import { usageError, type CliIo } from '../io.ts';
import { withRegister } from '../open.ts';
import { runOperation } from '../operation.ts';

const MAX_PERSONS = 2_000_000;

function integerFlag(name: string, raw: string, min: number, max: number): number {
  if (!/^\d+$/.test(raw.trim())) throw usageError(`--${name} harus bilangan bulat (${min}–${max}).`);
  const n = Number(raw);
  if (n < min || n > max) throw usageError(`--${name} harus antara ${min} dan ${max}.`);
  return n;
}

/** `--now 2026-03-02` (09:00 local, i.e. 02:00 UTC) or a full ISO instant. */
function nowFlag(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const text = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${raw}T02:00:00.000Z` : raw;
  const ms = Date.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}/.test(raw) || Number.isNaN(ms)) {
    throw usageError('--now harus tanggal TTTT-BB-HH atau waktu ISO (mis. 2026-03-02T02:00:00Z).');
  }
  return ms;
}

const PHASES: Record<string, string> = {
  rencana: 'Menyusun data contoh',
  tulis: 'Menulis ke register',
  finalisasi: 'Memfinalkan laporan bulanan',
};

/** "Menulis ke register 1/3". */
const demoProgressLine = (p: ProgressEvent): string =>
  `${PHASES[p.phase] ?? p.phase} ${p.done}/${p.total ?? '?'}`;

export async function demoDataCommand(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, {
    'data-dir': { type: 'string' },
    persons: { type: 'string' },
    months: { type: 'string' },
    seed: { type: 'string' },
    now: { type: 'string' },
    'finalized-months': { type: 'string' },
    ganda: { type: 'boolean' },
  });
  const dataDir = requireString(p, 'data-dir');
  const persons = integerFlag('persons', requireString(p, 'persons'), 0, MAX_PERSONS);
  const months = integerFlag('months', optionalString(p, 'months') ?? '24', 1, 120);
  const seed = optionalString(p, 'seed') ?? '1';
  if (seed.trim() === '') throw usageError('--seed tidak boleh kosong.');
  const now = nowFlag(optionalString(p, 'now'));
  const finalizedMonths = integerFlag(
    'finalized-months',
    optionalString(p, 'finalized-months') ?? String(FINALIZED_MONTHS),
    0,
    12,
  );

  return withRegister(dataDir, 'existing', async (reg) => {
    const started = performance.now();
    // The demo.generateRun operation: audited like every CLI call, progress on a terminal, Ctrl+C cancels.
    const input = {
      persons,
      months,
      seed,
      finalizedMonths,
      ...(now === undefined ? {} : { now }),
      ...(p.flags.ganda === true ? { duplicateShare: SEEDED_SHARE } : {}),
    };
    const { result } = await runOperation(reg, 'demo.generateRun', input, io, demoProgressLine);
    const s = result.summary;
    if (!s) {
      io.err('Dibatalkan: tidak ada data contoh yang ditulis.');
      return 130;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.out(
      `Data contoh (sintetis) ditambahkan — benih ${s.seed}, periode ${s.periodStart.slice(0, 10)} s.d. ${s.periodEnd.slice(0, 10)}`,
    );
    io.out(`  keluarga          ${s.households}`);
    io.out(`  warga             ${s.persons}`);
    io.out(`  PPKS              ${s.ppks}`);
    io.out(`  program           ${s.programs}`);
    io.out(`  kasus             ${s.cases}`);
    io.out(`  riwayat kasus     ${s.caseEvents}`);
    io.out(`  rujukan           ${s.referrals}`);
    io.out(`  tindak lanjut     ${s.followUps}`);
    io.out(`  usulan DTSEN      ${s.usulan} (musdes/SPTJM ${s.musdes})`);
    io.out(`  data diubah       ${s.edited}`);
    io.out(`  data dihapus      ${s.deleted}`);
    if (s.seededDuplicates > 0) io.out(`  data ganda        ${s.seededDuplicates} (sengaja, untuk mengukur pemindaian)`);
    io.out(`  laporan difinalkan ${s.reportsFinalized.length > 0 ? s.reportsFinalized.join(', ') : '-'}`);
    io.out(`  waktu             ${seconds} detik`);
    return 0;
  });
}
