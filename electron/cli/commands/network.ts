// `puskesos network [show]|export|import|place`: the office tree, Dinsos's signed network file, placing an office.
import { parseFlags, requireString } from '../args.ts';
import { usageError, type CliIo } from '../io.ts';
import { trustStatus } from '../../core/sync/trust-store.ts';
import { audited, SYSTEM_CALLER, unwrap, withRegister } from '../open.ts';
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

/** The tree as this office holds it: Dinsos, the offices under it, each desa under its kecamatan indented. */
async function showNetwork(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' } });
  return withRegister(requireString(p, 'data-dir'), 'existing', (reg) =>
    audited(reg, 'trust.status', async (task) => {
      const r = await trustStatus(reg.deps.db);
      const up = new Map(r.upstreams.map((l) => [l.officeId, l.upstreamId]));
      const active = r.offices.filter((o) => o.status === 'active');
      const line = (o: (typeof active)[number], depth: number): string =>
        `${'  '.repeat(depth)}${o.name} (${o.type}, ${o.regionCode})  ${o.officeId}`;
      const dinsos = active.find((o) => o.type === 'dinsos');
      io.out(dinsos ? line(dinsos, 0) : 'Dinas Sosial (belum ada file jaringan)');
      for (const o of active.filter((x) => x.type !== 'dinsos' && !up.has(x.officeId))) {
        io.out(line(o, 1));
        for (const d of active.filter((x) => up.get(x.officeId) === o.officeId)) io.out(line(d, 2));
      }
      task.note(`jaringan dibaca: ${active.length} kantor, ${up.size} di bawah kantor kecamatan`);
      return 0;
    }),
  );
}

/** Dinsos places a desa Puskesos under its kecamatan office (`--upstream dinsos`: back directly under Dinsos). */
async function placeInNetwork(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, {
    'data-dir': { type: 'string' },
    office: { type: 'string' },
    upstream: { type: 'string' },
  });
  const upstream = requireString(p, 'upstream');
  return withRegister(requireString(p, 'data-dir'), 'existing', async (reg) => {
    const r = unwrap(
      await reg.call(SYSTEM_CALLER, 'trust.setUpstream', {
        officeId: requireString(p, 'office'),
        upstreamId: upstream === 'dinsos' ? null : upstream,
      }),
    );
    io.out(`${r.name} kini di bawah ${r.upstreamName ?? 'Dinas Sosial langsung'}.`);
    io.out('Buat dan kirim file jaringan baru (puskesos network export) agar semua kantor mengikutinya.');
    return 0;
  });
}

export async function networkCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'export') return exportNetwork(rest, io);
  if (sub === 'import') return importNetwork(rest, io);
  if (sub === 'place') return placeInNetwork(rest, io);
  if (sub === 'show') return showNetwork(rest, io);
  if (sub === undefined || sub.startsWith('--')) return showNetwork(argv, io);
  throw usageError('Gunakan "network show", "network export", "network import" atau "network place".');
}
