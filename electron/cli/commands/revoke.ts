// `puskesos revoke`: Dinsos withdraws an office's key (a stolen or replaced PC); its bundles are refused.
import { parseFlags, requireString } from '../args.ts';
import type { CliIo } from '../io.ts';
import { SYSTEM_CALLER, unwrap, withRegister } from '../open.ts';

export async function revokeCommand(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' }, office: { type: 'string' } });
  const dataDir = requireString(p, 'data-dir');
  const officeId = requireString(p, 'office');
  return withRegister(dataDir, 'existing', async (reg) => {
    const r = unwrap(await reg.call(SYSTEM_CALLER, 'trust.revoke', { officeId }));
    io.out(`Kunci ${r.name} dicabut (${r.revokedAt}).`);
    for (const f of r.fingerprints) io.out(`Sidik jari dicabut: ${f}`);
    io.out(
      'Ekspor file jaringan baru dan kirimkan ke semua kantor agar pencabutan ini berlaku di sana juga.',
    );
    return 0;
  });
}
