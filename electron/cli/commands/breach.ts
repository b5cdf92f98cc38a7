// `puskesos breach exports|list|record`: the breach list (UU 27/2022 Pasal 46) and its notification draft from the CLI.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../../core/datadir/files.ts';
import { readBundleHeader } from '../../core/sync/bundle/reader.ts';
import { optionalString, parseFlags, requireString, type Parsed } from '../args.ts';
import { CliError, usageError, type CliIo } from '../io.ts';
import { audited, SYSTEM_CALLER, unwrap, withRegister } from '../open.ts';
import { checkOutPath } from '../trust-files.ts';
import type { Register } from '../../core/register.ts';
import {
  DATA_CATEGORIES,
  DATA_CATEGORY_LABELS,
  EXPORT_KIND_LABELS,
  type BreachList,
  type BreachSource,
} from '../../../shared/types/breach.ts';
import { isIsoDate } from '../../../shared/validation/calendar.ts';

const SOURCE_FLAGS = {
  'data-dir': { type: 'string' },
  file: { type: 'string' },
  export: { type: 'string' },
  office: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
} as const;

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** A bundle's `<sender>/<recipient>/<sequence>`, or undefined for a file that is not a bundle. */
async function bundleRefOf(path: string): Promise<string | undefined> {
  try {
    const h = await readBundleHeader(path);
    const to = h.recipients[0]?.officeId;
    return to ? `${h.sender.officeId}/${to}/${h.sequence}` : undefined;
  } catch {
    return undefined;
  }
}

function checkDay(day: string, flag: string): string {
  if (!isIsoDate(day))
    throw usageError(`--${flag} "${day}" tidak valid: gunakan TTTT-BB-HH (contoh: 2026-03-01).`);
  return day;
}

/** The source from exactly one of --file, --export, or --office with --from and --to. */
async function sourceOf(reg: Register, p: Parsed<keyof typeof SOURCE_FLAGS>): Promise<BreachSource> {
  const str = (k: keyof typeof SOURCE_FLAGS): string | undefined => optionalString(p, k);
  const file = str('file');
  const exportId = str('export');
  const office = str('office');
  if ([file, exportId, office].filter(Boolean).length !== 1) {
    throw usageError(
      'Sebutkan satu sumber: --file FILE, --export ID, atau --office ID --from TANGGAL --to TANGGAL.',
    );
  }
  if (file) {
    const path = resolve(file);
    const bundleRef = await bundleRefOf(path);
    const hit = unwrap(
      await reg.call(SYSTEM_CALLER, 'breach.identify', {
        sha256: await sha256Of(path),
        ...(bundleRef ? { bundleRef } : {}),
      }),
    );
    if (!hit.match) {
      throw new CliError(
        'File ini tidak ada dalam catatan ekspor register ini (sidik SHA-256 dan identitas paket tidak cocok). ' +
          'Jika file dibuat di kantor lain, cari di register kantor itu.',
      );
    }
    return { kind: 'export', exportId: hit.match.id };
  }
  if (exportId) return { kind: 'export', exportId };
  const from = checkDay(str('from') ?? '', 'from');
  const to = checkDay(str('to') ?? '', 'to');
  return { kind: 'device', officeId: office ?? '', from, to };
}

function printList(io: CliIo, l: BreachList): void {
  io.out(l.label);
  io.out(l.basis);
  io.out(`${l.persons.length} warga:`);
  for (const p of l.persons) io.out(`  ${p.nik ?? '(tanpa NIK)'}  ${p.name}  [${p.categories.join(', ')}]`);
  io.out('Per kategori:');
  for (const c of DATA_CATEGORIES)
    if (l.counts[c] > 0) io.out(`  ${DATA_CATEGORY_LABELS[c]}: ${l.counts[c]}`);
}

async function exportsCmd(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' } });
  return withRegister(requireString(p, 'data-dir'), 'existing', (reg) =>
    audited(reg, 'breach.sources', async (task) => {
      const s = unwrap(await reg.call(SYSTEM_CALLER, 'breach.sources', {}));
      task.note(`${s.exports.length} ekspor tercatat`);
      if (s.exports.length === 0) io.out('Belum ada ekspor, paket atau cadangan yang tercatat.');
      for (const e of s.exports) {
        const who = e.scope === 'register' ? 'seluruh register' : `${e.personCount} warga`;
        io.out(`${e.id}  ${e.at}  ${EXPORT_KIND_LABELS[e.kind]}  ${e.fileName}  (${who})`);
      }
      return 0;
    }),
  );
}

async function listCmd(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, SOURCE_FLAGS);
  return withRegister(requireString(p, 'data-dir'), 'existing', async (reg) => {
    const source = await sourceOf(reg, p);
    printList(io, unwrap(await reg.call(SYSTEM_CALLER, 'breach.list', { source })));
    return 0;
  });
}

async function recordCmd(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, {
    ...SOURCE_FLAGS,
    how: { type: 'string' },
    steps: { type: 'string' },
    occurred: { type: 'string' },
    'out-pdf': { type: 'string' },
    'out-xlsx': { type: 'string' },
  });
  const how = requireString(p, 'how');
  const steps = requireString(p, 'steps');
  const occurred = optionalString(p, 'occurred');
  const outPdf = checkOutPath(requireString(p, 'out-pdf'));
  const outXlsx = optionalString(p, 'out-xlsx');
  return withRegister(requireString(p, 'data-dir'), 'existing', async (reg) => {
    const source = await sourceOf(reg, p);
    const incident = unwrap(
      await reg.call(SYSTEM_CALLER, 'breach.record', {
        source,
        how,
        steps,
        occurredOn: occurred ? checkDay(occurred, 'occurred') : null,
      }),
    );
    io.out(
      `Kebocoran dicatat ${incident.recordedAt}: ${incident.personCount} warga (${incident.sourceLabel}).`,
    );
    io.out(`Batas pemberitahuan 3 × 24 jam: ${incident.deadline}.`);
    const pdf = unwrap(
      await reg.call(SYSTEM_CALLER, 'breach.draft', { incidentId: incident.id, format: 'pdf' }),
    );
    writeFileAtomic(outPdf, Buffer.from(pdf.base64, 'base64'));
    io.out(`Draf pemberitahuan (PDF) ditulis: ${outPdf}`);
    if (outXlsx) {
      const out = checkOutPath(outXlsx);
      const x = unwrap(
        await reg.call(SYSTEM_CALLER, 'breach.draft', { incidentId: incident.id, format: 'xlsx' }),
      );
      writeFileAtomic(out, Buffer.from(x.base64, 'base64'));
      io.out(`Draf pemberitahuan (XLSX) ditulis: ${out}`);
    }
    return 0;
  });
}

export async function breachCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'exports') return exportsCmd(rest, io);
  if (sub === 'list') return listCmd(rest, io);
  if (sub === 'record') return recordCmd(rest, io);
  throw usageError('Perintah breach yang dikenal: exports, list, record.');
}
