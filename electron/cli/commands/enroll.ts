// `puskesos enroll request|accept|relay|relayed`: enrollment requests, carried by hand or through a kecamatan.
import { optionalString, parseFlags, requireString } from '../args.ts';
import { CliError, usageError, type CliIo } from '../io.ts';
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
    if (r.viaName) {
      io.out(
        `Jalur: lewat ${r.viaName} (serahkan file ini ke kantor kecamatan itu, atau langsung ke Dinas Sosial).`,
      );
    }
    io.out('Kirim file ini ke Dinas Sosial, lalu bandingkan sidik jari ini melalui telepon.');
    return 0;
  });
}

async function accept(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' }, relayed: { type: 'string' } }, true);
  const dataDir = requireString(p, 'data-dir');
  const relayed = optionalString(p, 'relayed');
  const fileContent = relayed
    ? null
    : readTrustFile(onePositional(p.positionals, 'file permintaan pendaftaran'));
  return withRegister(dataDir, 'existing', async (reg) => {
    // A request that came in a kecamatan's bundle: the same acceptance, with the text Dinsos holds.
    const content =
      fileContent ??
      unwrap(await reg.call(SYSTEM_CALLER, 'trust.relayedEnrollments', {})).items.find(
        (i) => i.status === 'menunggu' && i.fingerprint === relayed,
      )?.content;
    if (!content) throw new CliError(`Tidak ada permintaan menunggu dengan sidik jari ${relayed ?? ''}.`);
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
    if (r.placedUnder) io.out(`Ditempatkan di bawah: ${r.placedUnder} (sesuai permintaan kantor itu).`);
    for (const o of r.sameRegion) {
      io.out(
        `Perhatian: kantor lain yang aktif di wilayah yang sama: ${o.name} (${o.officeId}, ${o.fingerprint}).`,
      );
    }
    return 0;
  });
}

/** Kecamatan: takes its desa's request file to carry it to Dinsos in its next bundle. */
async function relay(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' } }, true);
  const dataDir = requireString(p, 'data-dir');
  const content = readTrustFile(onePositional(p.positionals, 'file permintaan pendaftaran'));
  return withRegister(dataDir, 'existing', async (reg) => {
    const r = unwrap(await reg.call(SYSTEM_CALLER, 'trust.relayEnrollment', { content }));
    io.out(
      `${r.alreadyHeld ? 'Sudah ada, diperbarui' : 'Diterima'}: ${r.name}, sidik jari ${r.fingerprint}.`,
    );
    io.out('Permintaan ini ikut dalam paket berikutnya ke Dinas Sosial sampai Dinas Sosial memutuskannya.');
    return 0;
  });
}

const STATUS_TEXT = {
  akan_diteruskan: 'belum dikirim',
  diteruskan: 'ikut dalam paket',
  menunggu: 'menunggu (bandingkan sidik jari lewat telepon)',
  ditolak: 'ditolak',
} as const;

/** Kecamatan: the requests it carries; Dinsos: the requests that arrived through a kecamatan. */
async function relayedList(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' } });
  return withRegister(requireString(p, 'data-dir'), 'existing', async (reg) => {
    const r = unwrap(await reg.call(SYSTEM_CALLER, 'trust.relayedEnrollments', {}));
    if (r.items.length === 0) io.out('Tidak ada permintaan pendaftaran yang diteruskan.');
    for (const i of r.items) {
      const bundle = i.sentInBundle ? ` paket ${i.sentInBundle}` : '';
      io.out(
        `${i.name} (${i.regionCode}) — ${i.fingerprint} — lewat ${i.viaName} — ${STATUS_TEXT[i.status]}${bundle}`,
      );
      if (i.reason) io.out(`  ${i.reason}`);
    }
    return 0;
  });
}

export async function enrollCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'request') return request(rest, io);
  if (sub === 'accept') return accept(rest, io);
  if (sub === 'relay') return relay(rest, io);
  if (sub === 'relayed') return relayedList(rest, io);
  throw usageError('Gunakan "enroll request", "enroll accept", "enroll relay" atau "enroll relayed".');
}
