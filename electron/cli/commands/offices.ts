// `puskesos offices`: the enrolled offices with their ids, types, regions and fingerprints (ids for `digest --origin`).
import { trustedOffices } from '../../core/sync/ledger.ts';
import { parseFlags, requireString } from '../args.ts';
import type { CliIo } from '../io.ts';
import { audited, withRegister } from '../open.ts';

export async function officesCommand(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' } });
  return withRegister(requireString(p, 'data-dir'), 'existing', (reg) =>
    audited(reg, 'sync.offices', async (task) => {
      const offices = await trustedOffices(reg.deps.db);
      task.note(`${offices.length} kantor terdaftar dibaca`);
      if (offices.length === 0) io.out('Belum ada kantor lain yang terdaftar.');
      for (const o of offices) {
        const revoked = o.status === 'revoked' ? '  [DICABUT]' : '';
        io.out(`${o.officeId}  ${o.type.padEnd(9)} ${o.regionCode.padEnd(13)} ${o.name}${revoked}`);
        io.out(`  sidik jari ${o.fingerprint}, terdaftar ${o.enrolledAt}`);
      }
      return 0;
    }),
  );
}
