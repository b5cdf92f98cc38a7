// `puskesos conflicts`: the open conflicts (concurrent edits whose losing value awaits a supervisor's review).
import { listConflicts } from '../../core/sync/conflicts.ts';
import { parseFlags, requireString } from '../args.ts';
import type { CliIo } from '../io.ts';
import { audited, withRegister } from '../open.ts';

const show = (v: unknown): string => (v === null ? '(kosong)' : JSON.stringify(v));

export async function conflictsCommand(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { 'data-dir': { type: 'string' } });
  return withRegister(requireString(p, 'data-dir'), 'existing', (reg) =>
    audited(reg, 'sync.conflicts', async (task) => {
      const open = await listConflicts(reg.deps.db);
      task.note(`${open.length} konflik terbuka`);
      if (open.length === 0) io.out('Tidak ada konflik terbuka.');
      for (const c of open) {
        io.out(
          `${c.id}  ${c.table}.${c.column}  baris ${c.rowId}\n` +
            `  dipakai: ${show(c.winnerValue)} (${c.winnerStamp})\n` +
            `  kalah:   ${show(c.loserValue)} (${c.loserStamp})`,
        );
      }
      return 0;
    }),
  );
}
