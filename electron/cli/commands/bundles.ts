// `puskesos bundles`: the bundle ledger per peer office — applied, missing and refused numbers; ours written or lost.
import { bundleLedger, rangesText } from '../../core/sync/ledger.ts';
import { optionalString, parseFlags, requireString } from '../args.ts';
import { CliError, type CliIo } from '../io.ts';
import { audited, withRegister } from '../open.ts';

export async function bundlesCommand(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' }, office: { type: 'string' } });
  const office = optionalString(p, 'office');
  return withRegister(requireString(p, 'data-dir'), 'existing', (reg) =>
    audited(reg, 'sync.ledger', async (task) => {
      const ledger = await bundleLedger(reg.deps.db, office);
      if (office && ledger.length === 0) {
        throw new CliError(`Kantor ${office} tidak terdaftar di sini (lihat: puskesos offices).`);
      }
      const gaps = ledger.reduce((n, l) => n + l.missing.length, 0);
      task.note(`buku paket ${ledger.length} kantor: ${gaps} nomor paket belum diterima`);
      if (ledger.length === 0) io.out('Belum ada kantor lain yang terdaftar.');
      for (const l of ledger) {
        io.out(`${l.name} (${l.officeId})`);
        io.out(`  paket diterima:     ${rangesText(l.applied)}`);
        io.out(`  belum diterima:     ${rangesText(l.missing)}`);
        if (l.refused.length > 0) io.out(`  pernah ditolak:     ${rangesText(l.refused)}`);
        io.out(`  terakhir diterima:  ${l.lastReceivedAt ?? '—'}`);
        io.out(
          `  paket dikirim:      ${rangesText(l.written)} (dikonfirmasi sampai no. ${l.acknowledgedUpTo})`,
        );
        if (l.unwritten.length > 0) io.out(`  nomor tanpa berkas: ${rangesText(l.unwritten)}`);
      }
      return 0;
    }),
  );
}
