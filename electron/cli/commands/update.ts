// `puskesos update sign`: a Dinsos office signs a folder of release files so offices can update from it offline.
import { CoreError } from '../../core/errors.ts';
import { readKeys } from '../../core/office/keystore.ts';
import { UpdateRefused } from '../../core/update/refusal.ts';
import { signUpdateFolder } from '../../core/update/sign-folder.ts';
import { parseFlags, requireString } from '../args.ts';
import { CliError, usageError, type CliIo } from '../io.ts';
import { audited, withRegister } from '../open.ts';

async function sign(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' }, dir: { type: 'string' } });
  const dataDir = requireString(p, 'data-dir');
  const dir = requireString(p, 'dir');
  return withRegister(dataDir, 'existing', (reg) =>
    audited(reg, 'update.sign', async (task) => {
      const { db, paths, keyProtector, now } = reg.deps;
      let r;
      try {
        r = await signUpdateFolder({ db, now, keys: () => readKeys(paths.keys, keyProtector) }, dir);
      } catch (err) {
        if (err instanceof UpdateRefused || err instanceof CoreError) throw new CliError(err.message);
        throw err;
      }
      task.note(`folder pembaruan versi ${r.version} ditandatangani, ${r.files.length} file`);
      io.out(`Manifes pembaruan versi ${r.version} ditandatangani: ${r.path}`);
      for (const f of r.files) io.out(`  ${f.name} (${f.size} bita)`);
      io.out(`Sidik jari Dinas Sosial: ${r.fingerprint}`);
      io.out('Salin seluruh folder ini ke flashdisk atau folder sinkronisasi kantor.');
      return 0;
    }),
  );
}

export async function updateCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'sign') return sign(rest, io);
  throw usageError('Gunakan "update sign --data-dir DINSOS_DIR --dir RELEASE_DIR".');
}
