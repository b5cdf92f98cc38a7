// `puskesos reseed export|import`: Dinsos writes a lost office's re-seed bundle; its new installation imports it.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CoreError } from '../../core/errors.ts';
import { exportReseed } from '../../core/reseed/export.ts';
import { importReseed } from '../../core/reseed/import.ts';
import { parseFlags, requireString } from '../args.ts';
import { CliError, usageError, type CliIo } from '../io.ts';
import { audited, withRegister } from '../open.ts';

const STATUS_NOTE = { applied: 'diterapkan', already_applied: 'sudah pernah diterapkan', refused: 'ditolak' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A refusal of the core becomes the CLI's error message (exit 1). */
async function clerkErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof CoreError) throw new CliError(err.message);
    throw err;
  }
}

async function exportCmd(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, {
    'data-dir': { type: 'string' },
    office: { type: 'string' },
    out: { type: 'string' },
  });
  const dataDir = requireString(p, 'data-dir');
  const officeId = requireString(p, 'office');
  if (!UUID.test(officeId)) throw usageError('--office harus ID kantor (UUID), lihat "puskesos info".');
  const out = resolve(requireString(p, 'out'));
  if (existsSync(out)) throw new CliError(`File sudah ada, tidak ditimpa: ${out}`);
  if (!existsSync(dirname(out))) throw new CliError(`Folder tujuan tidak ada: ${dirname(out)}`);
  return withRegister(dataDir, 'existing', (reg) =>
    audited(reg, 'reseed.export', async (task) => {
      task.subject('office', officeId);
      const r = await clerkErrors(() => exportReseed(reg.deps, officeId, out));
      task.note(`paket pemulihan no. ${r.sequence}, ${r.records} data`);
      io.out(`Paket pemulihan ditulis: ${r.path}`);
      io.out(`Kantor:      ${r.officeName} (${r.officeId})`);
      io.out(
        `Isi:         ${r.records} data (${Object.entries(r.counts)
          .map(([t, n]) => `${t} ${n}`)
          .join(', ')})`,
      );
      io.out(`Dienkripsi untuk kunci dengan sidik jari ${r.fingerprint} saja.`);
      io.out(`Paket no. ${r.sequence}; paket kantor itu berlanjut setelah no. ${r.continueAfter}.`);
      if (!r.oldKeyRevoked) {
        io.err(
          'Perhatian: kantor ini belum pernah dicabut kuncinya, jadi paket ini dienkripsi untuk kunci yang sama ' +
            'seperti sebelumnya. Jika PC kantor itu hilang, cabut kuncinya (puskesos revoke), terima pendaftaran ' +
            'instalasi baru, lalu buat paket pemulihan lagi.',
        );
      }
      return 0;
    }),
  );
}

async function importCmd(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' } }, true);
  const [file] = p.positionals;
  if (!file || p.positionals.length > 1) throw usageError('Sebutkan satu file paket pemulihan (.pksb).');
  const path = resolve(file);
  if (!existsSync(path)) throw new CliError(`File tidak ditemukan: ${path}`);
  return withRegister(requireString(p, 'data-dir'), 'existing', (reg) =>
    audited(reg, 'reseed.import', async (task) => {
      const r = await clerkErrors(() => importReseed(reg.deps, path));
      if (r.outcome.senderOfficeId) task.subject('office', r.outcome.senderOfficeId);
      task.note(`paket pemulihan no. ${r.outcome.sequence ?? 0}: ${STATUS_NOTE[r.outcome.status]}`);
      if (r.unsent) io.out(`Sebelum pemulihan: ${r.unsent.message}`);
      const o = r.outcome;
      if (o.status === 'refused' || !r.continuation) {
        io.err(`${o.file}: DITOLAK — ${o.reason ?? ''}`);
        return 1;
      }
      const c = r.continuation;
      io.out(
        o.status === 'applied'
          ? `${o.file}: diterapkan (${o.records} data, ${o.applied} berubah, ${o.conflicts} konflik, ${o.quarantined} karantina).`
          : `${o.file}: sudah pernah diterapkan, dilewati.`,
      );
      io.out(`Paket berikutnya ke Dinas Sosial: no. ${c.nextSequence}.`);
      io.out(
        c.acknowledged
          ? 'Data pemulihan tercatat sudah ada di Dinas Sosial: paket berikutnya hanya membawa pekerjaan baru.'
          : 'Ada perubahan yang belum terkirim: paket berikutnya membawa juga data pemulihan (aman, hanya lebih besar).',
      );
      if (r.keysRepublished)
        io.out('Kunci kantor ini ditulis ulang pada data kantor (akan dikirim ke Dinas Sosial).');
      return 0;
    }),
  );
}

export async function reseedCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'export') return exportCmd(rest, io);
  if (sub === 'import') return importCmd(rest, io);
  throw usageError(`Subperintah reseed tidak dikenal: ${sub ?? '(kosong)'} (export, import).`);
}
