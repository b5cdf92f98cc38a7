// `puskesos network export|import`: Dinsos's signed network file, and an office importing it.
import { parseFlags, requireString } from '../args.ts';
import { usageError, type CliIo } from '../io.ts';
import { SYSTEM_CALLER, unwrap, withRegister } from '../open.ts';
import { checkOutPath, onePositional, readTrustFile, writeGenerated } from '../trust-files.ts';

const ENROLLMENT_LABEL = {
  terdaftar: 'terdaftar',
  belum_terdaftar: 'belum terdaftar (kunci kantor ini tidak tercantum)',
  dicabut: 'DICABUT oleh Dinas Sosial',
} as const;

async function exportNetwork(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' }, out: { type: 'string' } });
  const dataDir = requireString(p, 'data-dir');
  const out = checkOutPath(requireString(p, 'out'));
  return withRegister(dataDir, 'existing', async (reg) => {
    const r = unwrap(await reg.call(SYSTEM_CALLER, 'trust.networkFile', {}));
    writeGenerated(out, r.file);
    io.out(`File jaringan versi ${r.networkVersion} ditulis: ${out}`);
    io.out(`Kantor terdaftar: ${r.offices}; kunci dicabut: ${r.revoked}`);
    return 0;
  });
}

async function importNetwork(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' } }, true);
  const dataDir = requireString(p, 'data-dir');
  const content = readTrustFile(onePositional(p.positionals, 'file jaringan'));
  return withRegister(dataDir, 'existing', async (reg) => {
    const r = unwrap(await reg.call(SYSTEM_CALLER, 'trust.importNetwork', { content }));
    const verb = {
      first: 'diimpor (pertama kali)',
      newer: 'diperbarui',
      same: 'sudah terpasang; tidak ada perubahan',
    };
    io.out(`File jaringan versi ${r.networkVersion} ${verb[r.status]}.`);
    io.out(`Dinas Sosial: ${r.dinsos.name} (${r.dinsos.regionCode})`);
    io.out(`Sidik jari Dinas Sosial: ${r.dinsos.fingerprint}`);
    if (r.status === 'first') io.out('Bandingkan sidik jari Dinas Sosial ini melalui telepon.');
    io.out(`Kantor terdaftar: ${r.offices}; kunci dicabut: ${r.revoked}`);
    io.out(`Status kantor ini: ${ENROLLMENT_LABEL[r.ownEnrollment]}`);
    return 0;
  });
}

export async function networkCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'export') return exportNetwork(rest, io);
  if (sub === 'import') return importNetwork(rest, io);
  throw usageError('Gunakan "network export" atau "network import".');
}
