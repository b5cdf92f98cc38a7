// `puskesos info`: office identity, fingerprint, schema version and row counts of a data directory.
import { parseFlags, requireString } from '../args.ts';
import type { CliIo } from '../io.ts';
import { audited, SYSTEM_CALLER, unwrap, withRegister } from '../open.ts';
import { SYNCED_TABLES } from '../../core/digest/synced-tables.ts';
import { ownClockLine } from '../clock-words.ts';

const LOCAL_TABLES = ['users', 'sessions', 'audit_log', 'settings'];

export async function infoCommand(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' } });
  return withRegister(requireString(p, 'data-dir'), 'existing', (reg) =>
    audited(reg, 'system.info', async (task) => {
      task.note('identitas kantor dan jumlah baris dibaca');
      const status = unwrap(await reg.call(SYSTEM_CALLER, 'system.status', {}));
      const o = status.office;
      io.out(`Versi aplikasi:   ${status.appVersion}`);
      io.out(`Versi skema:      ${status.schemaVersion}`);
      if (!o) {
        io.out('Kantor:           belum disiapkan');
      } else {
        io.out(`ID kantor:        ${o.id}`);
        io.out(`Jenis kantor:     ${o.type}`);
        io.out(`Kode wilayah:     ${o.regionCode}`);
        io.out(`Wilayah:          ${o.regionPath.map((r) => r.name).join(' › ')}`);
        io.out(`Nama kantor:      ${o.name}`);
        io.out(`Sidik jari:       ${o.fingerprint}`);
        const clock = await ownClockLine(reg.deps.db, reg.deps.now());
        if (clock) io.out(clock);
      }
      io.out('Jumlah baris:');
      for (const t of [...SYNCED_TABLES.map((s) => s.name), ...LOCAL_TABLES]) {
        const n = reg.deps.sqlite.prepare(`select count(*) as n from "${t}"`).get() as { n: number };
        io.out(`  ${t.padEnd(16)} ${n.n}`);
      }
      return 0;
    }),
  );
}
