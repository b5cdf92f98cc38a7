// `puskesos enroll request|accept`: an office's enrollment request, and Dinsos accepting it.
import { parseFlags, requireString } from '../args.ts';
import { usageError, type CliIo } from '../io.ts';
import { SYSTEM_CALLER, unwrap, withRegister } from '../open.ts';
import { checkOutPath, onePositional, readTrustFile, writeGenerated } from '../trust-files.ts';

async function request(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' }, out: { type: 'string' } });
  const dataDir = requireString(p, 'data-dir');
  const out = checkOutPath(requireString(p, 'out'));
  return withRegister(dataDir, 'existing', async (reg) => {
    const r = unwrap(await reg.call(SYSTEM_CALLER, 'trust.enrollmentRequest', {}));
    writeGenerated(out, r.file);
    io.out(`Permintaan pendaftaran ditulis: ${out}`);
    io.out(`Sidik jari kantor ini: ${r.fingerprint}`);
    io.out('Kirim file ini ke Dinas Sosial, lalu bandingkan sidik jari ini melalui telepon.');
    return 0;
  });
}

async function accept(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' } }, true);
  const dataDir = requireString(p, 'data-dir');
  const content = readTrustFile(onePositional(p.positionals, 'file permintaan pendaftaran'));
  return withRegister(dataDir, 'existing', async (reg) => {
    const r = unwrap(await reg.call(SYSTEM_CALLER, 'trust.acceptEnrollment', { content }));
    io.out(
      r.alreadyEnrolled ? 'Kantor ini sudah terdaftar dengan kunci yang sama.' : 'Pendaftaran diterima.',
    );
    io.out(`Kantor:     ${r.name} (${r.type})`);
    io.out(`Wilayah:    ${r.regionCode} — ${r.regionName}`);
    io.out(`ID kantor:  ${r.officeId}`);
    io.out(`Sidik jari: ${r.fingerprint}`);
    io.out(
      'Bandingkan sidik jari ini melalui telepon dengan petugas kantor tersebut sebelum mengirim file jaringan.',
    );
    for (const o of r.sameRegion) {
      io.out(
        `Perhatian: kantor lain yang aktif di wilayah yang sama: ${o.name} (${o.officeId}, ${o.fingerprint}).`,
      );
    }
    return 0;
  });
}

export async function enrollCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'request') return request(rest, io);
  if (sub === 'accept') return accept(rest, io);
  throw usageError('Gunakan "enroll request" atau "enroll accept".');
}
