// `puskesos duplicates scan|list|decide|undo`: duplicate candidates and decisions at Dinsos from the CLI (names and NIKs masked).
import { optionalString, parseFlags, requireString } from '../args.ts';
import { usageError, type CliIo } from '../io.ts';
import { SYSTEM_CALLER, unwrap, withRegister } from '../open.ts';
import { maskName, maskNik } from '../../../shared/text/mask-id.ts';
import {
  DUPLICATE_REASONS,
  DUPLICATE_REASON_LABELS,
  type DuplicateSide,
} from '../../../shared/types/duplicates.ts';

export { maskName, maskNik };

/** "0,95": a score with the Indonesian decimal comma. */
const score = (x: number): string => x.toFixed(2).replace('.', ',');

const side = (tag: string, s: DuplicateSide): string =>
  `  ${tag}: ${s.officeName ?? 'kantor tidak dikenal'} (${s.officeId})  ${s.personId}  ${maskName(s.name)}  NIK ${maskNik(s.nik)}`;

async function scanCmd(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' }, bertahap: { type: 'boolean' } });
  const mode = p.flags.bertahap === true ? 'bertahap' : 'penuh';
  return withRegister(requireString(p, 'data-dir'), 'existing', async (reg) => {
    const r = unwrap(await reg.call(SYSTEM_CALLER, 'duplicates.scan', { mode }));
    io.out(`Pindai data ganda (${r.mode}): ${r.persons} warga, ${r.comparisons} pasangan dibandingkan.`);
    io.out(`Kandidat: ${r.found} (baru ${r.added}, dihapus karena tidak cocok lagi ${r.removed}).`);
    if (r.oversizedBlocks > 0)
      io.out(
        `Peringatan: ${r.oversizedBlocks} blok terlalu besar dilewati (NIK atau tanggal yang dipakai ribuan warga).`,
      );
    io.out('Per alasan:');
    for (const code of DUPLICATE_REASONS)
      io.out(`  ${DUPLICATE_REASON_LABELS[code]}: ${r.byReason[code] ?? 0}`);
    return 0;
  });
}

async function listCmd(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' }, limit: { type: 'string' } });
  const raw = optionalString(p, 'limit');
  const limit = raw === undefined ? 50 : Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
    throw usageError('--limit harus bilangan bulat 1 sampai 1000.');
  return withRegister(requireString(p, 'data-dir'), 'existing', async (reg) => {
    const list = unwrap(await reg.call(SYSTEM_CALLER, 'duplicates.list', { limit }));
    if (list.length === 0)
      io.out('Tidak ada kandidat data ganda yang menunggu. Jalankan dulu: puskesos duplicates scan.');
    for (const c of list) {
      io.out(`${score(c.score)}  ${c.reasons.map((r) => r.label).join('; ')}`);
      io.out(side('A', c.a));
      io.out(side('B', c.b));
    }
    return 0;
  });
}

const PAIR_FLAGS = {
  'data-dir': { type: 'string' },
  a: { type: 'string' },
  b: { type: 'string' },
  alasan: { type: 'string' },
} as const;

/** `decide --a ID --b ID --keputusan sama|bukan [--utama ID] --alasan TEKS`: one pair, through the contract. */
async function decideCmd(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { ...PAIR_FLAGS, keputusan: { type: 'string' }, utama: { type: 'string' } });
  const decision = requireString(p, 'keputusan');
  if (decision !== 'sama' && decision !== 'bukan') throw usageError('--keputusan harus sama atau bukan.');
  const primary = optionalString(p, 'utama');
  if (decision === 'sama' && primary === undefined)
    throw usageError('--utama (ID data utama) wajib untuk keputusan sama.');
  const input = {
    personA: requireString(p, 'a'),
    personB: requireString(p, 'b'),
    decision,
    ...(decision === 'sama' ? { primaryPersonId: primary } : {}),
    reason: requireString(p, 'alasan'),
  } as const;
  return withRegister(requireString(p, 'data-dir'), 'existing', async (reg) => {
    const r = unwrap(await reg.call(SYSTEM_CALLER, 'duplicates.decide', input));
    io.out(
      r.decision === 'sama'
        ? `Diputuskan: orang yang sama (data utama ${r.primaryPersonId ?? ''}).`
        : 'Diputuskan: bukan orang yang sama; pasangan ini tidak diusulkan lagi.',
    );
    io.out(`Keputusan ${r.id} dikirim ke kantor kedua warga pada paket berikutnya.`);
    return 0;
  });
}

async function undoCmd(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, PAIR_FLAGS);
  const input = {
    personA: requireString(p, 'a'),
    personB: requireString(p, 'b'),
    reason: requireString(p, 'alasan'),
  };
  return withRegister(requireString(p, 'data-dir'), 'existing', async (reg) => {
    unwrap(await reg.call(SYSTEM_CALLER, 'duplicates.undo', input));
    io.out('Keputusan dibatalkan; pasangan ini kembali ke antrean.');
    return 0;
  });
}

export async function duplicatesCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'scan') return scanCmd(rest, io);
  if (sub === 'list') return listCmd(rest, io);
  if (sub === 'decide') return decideCmd(rest, io);
  if (sub === 'undo') return undoCmd(rest, io);
  throw usageError('Perintah duplicates yang dikenal: scan, list, decide, undo.');
}
