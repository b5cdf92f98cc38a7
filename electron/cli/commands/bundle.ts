// `puskesos bundle export|import|inspect`: sync bundles from the command line.
import { resolve } from 'node:path';
import { BundleError } from '../../core/sync/bundle/errors.ts';
import { readBundleHeader, verifyBundle } from '../../core/sync/bundle/reader.ts';
import { exportBundles } from '../../core/sync/export.ts';
import { importBundle, withImportRun, type ImportOutcome } from '../../core/sync/import.ts';
import { ownClockLine, senderClockNote } from '../clock-words.ts';
import { senderKey } from '../../core/sync/peers.ts';
import { optionalString, parseFlags, requireString } from '../args.ts';
import { CliError, usageError, type CliIo } from '../io.ts';
import { audited, withRegister } from '../open.ts';
import { runOperation } from '../operation.ts';

async function exportCmd(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' }, 'out-dir': { type: 'string' } });
  const outDir = resolve(requireString(p, 'out-dir'));
  return withRegister(requireString(p, 'data-dir'), 'existing', (reg) =>
    audited(reg, 'sync.exportNow', async (task) => {
      const results = await exportBundles(reg.deps, outDir);
      const written = results.filter((r) => r.path);
      task.note(`${written.length} paket dibuat, ${written.reduce((n, r) => n + r.records, 0)} perubahan`);
      if (results.length === 0)
        io.out('Belum ada kantor tujuan yang terdaftar: tidak ada paket yang dibuat.');
      for (const r of results) {
        if (r.path)
          io.out(`${r.path} (ke ${r.recipientName}: ${r.records} perubahan, paket no. ${r.sequence})`);
        else io.out(`Tidak ada yang perlu dikirim ke ${r.recipientName}.`);
      }
      // A wrong clock puts the wrong date in the bundles' names and stamps: say so where they are made.
      const clock = await ownClockLine(reg.deps.db, reg.deps.now());
      if (clock) io.err(clock);
      return 0;
    }),
  );
}

const describeOutcome = (r: ImportOutcome): string => {
  const skew = senderClockNote(r.clockSkewMs, r.clockSkewMaxMs);
  if (r.status === 'applied') {
    return `${r.file}: diterapkan (${r.records} data, ${r.applied} berubah, ${r.conflicts} konflik, ${r.quarantined} karantina).${skew}`;
  }
  if (r.status === 'already_applied') return `${r.file}: sudah pernah diterapkan, dilewati.`;
  return `${r.file}: DITOLAK — ${r.reason ?? ''}`;
};

async function importCmd(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' } }, true);
  if (p.positionals.length === 0) throw usageError('Sebutkan minimal satu file paket (.pksb).');
  return withRegister(requireString(p, 'data-dir'), 'existing', (reg) =>
    audited(reg, 'sync.importFiles', async (task) => {
      const outcomes: ImportOutcome[] = [];
      // One run: one backup before it, the WAL checkpointed once at its end.
      await withImportRun(async (run) => {
        for (const file of p.positionals) {
          const r = await importBundle(reg.deps, resolve(file), run);
          outcomes.push(r);
          (r.status === 'refused' ? io.err : io.out)(describeOutcome(r));
        }
      });
      const count = (s: ImportOutcome['status']): number => outcomes.filter((o) => o.status === s).length;
      task.note(
        `impor ${outcomes.length} paket: ${count('applied')} diterapkan, ${count('already_applied')} sudah pernah, ${count('refused')} ditolak`,
      );
      return count('refused') > 0 ? 1 : 0;
    }),
  );
}

/** Imports the data directory's inbox through the sync.importRun operation (audited, progress, Ctrl+C cancels). */
async function importInboxCmd(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' } });
  return withRegister(requireString(p, 'data-dir'), 'existing', async (reg) => {
    const { state, result } = await runOperation(reg, 'sync.importRun', {}, io, 'Impor paket');
    if (result.total === 0) io.out('Kotak masuk kosong: tidak ada paket untuk diimpor.');
    for (const f of result.files) {
      const line =
        f.status === 'applied'
          ? `${f.fileName}: diterapkan (${f.records} data, ${f.applied} berubah, ${f.conflicts} konflik, ${f.quarantined} karantina).`
          : f.status === 'already_applied'
            ? `${f.fileName}: sudah pernah diterapkan, dilewati.`
            : `${f.fileName}: DITOLAK — ${f.reason ?? ''}`;
      (f.status === 'refused' ? io.err : io.out)(line);
    }
    if (state === 'cancelled') {
      io.err(
        `Dibatalkan: ${result.remaining.length} paket tetap di kotak masuk (${result.remaining.join(', ')}).`,
      );
      return 130;
    }
    return result.files.some((f) => f.status === 'refused') ? 1 : 0;
  });
}

async function inspectCmd(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' } }, true);
  const [file] = p.positionals;
  if (!file || p.positionals.length > 1) throw usageError('Sebutkan satu file paket (.pksb).');
  let header;
  try {
    header = await readBundleHeader(resolve(file));
  } catch (err) {
    if (err instanceof BundleError) throw new CliError(err.message);
    throw err;
  }
  io.out(JSON.stringify(header, null, 2));
  const dataDir = optionalString(p, 'data-dir');
  if (!dataDir) return 0;
  return withRegister(dataDir, 'existing', (reg) =>
    audited(reg, 'sync.inspectBundle', async (task) => {
      task.note(`paket no. ${header.sequence} diperiksa`);
      try {
        const key = await senderKey(reg.deps.db, header.sender);
        io.out(`Pengirim: ${key.name} (${key.office_id}), kunci aktif.`);
        await verifyBundle(resolve(file), key.sign_public_key);
        io.out('Tanda tangan dan sidik isi: sah.');
        return 0;
      } catch (err) {
        if (err instanceof BundleError) {
          io.err(err.message);
          return 1;
        }
        throw err;
      }
    }),
  );
}

export async function bundleCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'export') return exportCmd(rest, io);
  if (sub === 'import') return importCmd(rest, io);
  if (sub === 'import-inbox') return importInboxCmd(rest, io);
  if (sub === 'inspect') return inspectCmd(rest, io);
  throw usageError(
    `Subperintah bundle tidak dikenal: ${sub ?? '(kosong)'} (export, import, import-inbox, inspect).`,
  );
}
