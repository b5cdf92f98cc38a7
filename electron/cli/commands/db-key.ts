// `puskesos db-key rotate`: a new random database key; the register and its local copies are re-encrypted.
import { parseFlags, requireString } from '../args.ts';
import { usageError, type CliIo } from '../io.ts';
import { SYSTEM_CALLER, unwrap, withRegister } from '../open.ts';

export async function dbKeyCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'rotate') throw usageError('Perintah db-key yang dikenal: rotate.');
  const p = parseFlags(rest, { 'data-dir': { type: 'string' } });
  return withRegister(requireString(p, 'data-dir'), 'existing', async (reg) => {
    const r = unwrap(await reg.call(SYSTEM_CALLER, 'security.rotateDbKey', { confirm: true }));
    io.out(`Kunci basis data diganti (${r.rotatedAt}). ${r.files.length} file dienkripsi ulang:`);
    for (const f of r.files) io.out(`  ${f}`);
    io.out(
      'Kunci lama disimpan sebagai kunci pensiun di db-key.json, hanya untuk membuka cadangan flashdisk yang dibuat sebelumnya.',
    );
    return 0;
  });
}
