// `puskesos reseed export|import`: Dinsos writes a lost office's re-seed bundle; its new installation imports it.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ProgressEvent } from '../../../shared/api/operations.ts';
import type { FileCount } from '../../../shared/types/reseed.ts';
import { parseFlags, requireString } from '../args.ts';
import { CliError, usageError, type CliIo } from '../io.ts';
import { withRegister } from '../open.ts';
import { runOperation } from '../operation.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const PHASES: Record<string, string> = {
  periksa: 'Memeriksa',
  tulis: 'Menulis data',
  simpan: 'Menyimpan perubahan belum terkirim',
  terapkan: 'Menerapkan paket',
  lanjut: 'Melanjutkan nomor paket',
};

/** "Menulis data 1500 (persons)". */
const reseedProgressLine = (p: ProgressEvent): string =>
  `${PHASES[p.phase] ?? p.phase} ${p.total === null ? p.done : `${p.done}/${p.total}`}${p.item ? ` (${p.item})` : ''}`;

const CANCELLED = 130;

/** "3 file (1.2 MB)". */
const files = (f: FileCount): string => `${f.count} file (${(f.bytes / 1_048_576).toFixed(1)} MB)`;

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
  return withRegister(dataDir, 'existing', async (reg) => {
    // The reseed.exportRun operation: audited, progress on a terminal, Ctrl+C cancels (no file; the number is given back).
    const run = await runOperation(reg, 'reseed.exportRun', { officeId, out }, io, reseedProgressLine);
    const r = run.result.exported;
    if (!r) {
      io.err('Dibatalkan: paket pemulihan tidak ditulis.');
      return CANCELLED;
    }
    io.out(`Paket pemulihan ditulis: ${r.path}`);
    io.out(`Kantor:      ${r.officeName} (${r.officeId})`);
    io.out(
      `Isi:         ${r.records} data (${Object.entries(r.counts)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')})`,
    );
    io.out(`Lampiran:    ${files(r.files.carried)} ikut dalam paket.`);
    if (r.files.missing.count > 0) {
      io.out(
        `             ${files(r.files.missing)} tidak ikut: Dinas Sosial hanya menyimpan datanya (aturan "hanya ` +
          'data") atau filenya belum tiba; di kantor itu tampil "File tidak tersedia".',
      );
    }
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
  });
}

async function importCmd(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' } }, true);
  const [file] = p.positionals;
  if (!file || p.positionals.length > 1) throw usageError('Sebutkan satu file paket pemulihan (.pksb).');
  const path = resolve(file);
  if (!existsSync(path)) throw new CliError(`File tidak ditemukan: ${path}`);
  return withRegister(requireString(p, 'data-dir'), 'existing', async (reg) => {
    // The reseed.importRun operation: a cancel before the bundle commits applies nothing of it.
    const run = await runOperation(reg, 'reseed.importRun', { path }, io, reseedProgressLine);
    const r = run.result.imported;
    if (!r) {
      io.err('Dibatalkan: tidak ada data pemulihan yang diterapkan.');
      return CANCELLED;
    }
    if (r.unsentMessage) io.out(`Sebelum pemulihan: ${r.unsentMessage}`);
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
    if (r.files) {
      io.out(`Lampiran tersedia: ${files(r.files.here)}.`);
      if (r.files.unavailable.count > 0) {
        io.out(
          `Lampiran tidak tersedia: ${files(r.files.unavailable)} (Dinas Sosial hanya menyimpan datanya); ` +
            'pindai ulang dokumennya dan lampirkan kembali.',
        );
      }
      if (r.files.coming.count > 0) io.out(`Lampiran menyusul: ${files(r.files.coming)}.`);
    }
    return 0;
  });
}

export async function reseedCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'export') return exportCmd(rest, io);
  if (sub === 'import') return importCmd(rest, io);
  throw usageError(`Subperintah reseed tidak dikenal: ${sub ?? '(kosong)'} (export, import).`);
}
