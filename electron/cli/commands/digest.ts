// `puskesos digest`: the deterministic SHA-256 of the register's synced content, per table and overall.
import { formatDigest, registerDigest } from '../../core/digest/digest.ts';
import { optionalString, parseFlags, requireString } from '../args.ts';
import type { CliIo } from '../io.ts';
import { audited, withRegister } from '../open.ts';

export async function digestCommand(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' }, origin: { type: 'string' } });
  const origin = optionalString(p, 'origin') ?? null;
  return withRegister(requireString(p, 'data-dir'), 'existing', (reg) =>
    audited(reg, 'digest.compute', async (task) => {
      task.note(origin ? `sidik register, asal ${origin}` : 'sidik register');
      io.out(formatDigest(registerDigest(reg.deps.sqlite, origin)));
      return 0;
    }),
  );
}
