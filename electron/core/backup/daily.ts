// The automatic backups: once per office-local day the app is used, and before a bundle import.
import { resolve } from 'node:path';
import type { CoreDeps } from '../context.ts';
import { getOwnOfficeId } from '../office/office-repo.ts';
import { localDay } from '../../../shared/time/office-zone.ts';
import { createLocalBackup, listBackupsIn, officeZoneOf } from './store.ts';
import type { TakenBackup } from './take.ts';
import { readSidecar } from './verify.ts';

/** The outcome of the last automatic backup per open register, shown in Pengaturan → Cadangan. */
const lastAutomatic = new WeakMap<CoreDeps, { at: number; error: string | null }>();

export const lastAutomaticBackup = (deps: CoreDeps): { at: number; error: string | null } | null =>
  lastAutomatic.get(deps) ?? null;

async function officeExists(deps: CoreDeps): Promise<boolean> {
  try {
    return (await getOwnOfficeId(deps.db)) !== null;
  } catch {
    return false; // no meta table: not a register (yet)
  }
}

/**
 * Takes the day's backup unless one (daily or manual) was already taken today, office time. Called when the
 * register opens and by the hosts' timer, so a PC left running past midnight gets the next day's too. Never
 * throws: a failed backup must not stop the office from working; the failure is shown in Pengaturan.
 */
export async function ensureDailyBackup(deps: CoreDeps): Promise<TakenBackup | null> {
  try {
    if (!isTheRegisterFile(deps) || !(await officeExists(deps))) return null;
    const zone = await officeZoneOf(deps);
    const today = localDay(deps.now(), zone);
    const done = listBackupsIn(deps.paths.backups, zone).some(
      (b) => b.day === today && (b.kind === 'harian' || b.kind === 'manual'),
    );
    if (done) return null;
    const taken = await createLocalBackup(deps, 'harian');
    lastAutomatic.set(deps, { at: deps.now(), error: null });
    return taken;
  } catch (err) {
    lastAutomatic.set(deps, { at: deps.now(), error: (err as Error).message });
    return null;
  }
}

const currentLocalSeq = (deps: CoreDeps): string | null => {
  try {
    return (
      (deps.sqlite.prepare("select value from meta where key = 'local_seq'").pluck().get() as string) ?? '0'
    );
  } catch {
    return null;
  }
};

/**
 * The backups protect the data directory's register file. A connection to anything else (an in-memory copy
 * in property tests and tools) has nothing there to protect, and must not fill that directory's backups/.
 */
const isTheRegisterFile = (deps: CoreDeps): boolean =>
  !deps.sqlite.memory && resolve(deps.sqlite.name) === resolve(deps.paths.db);

/**
 * Before a bundle import: a verified backup, unless the newest pre-import backup already holds the register as
 * it is (no synced change since: same local change counter), so a run importing ten bundles that change
 * nothing does not copy the database ten times. Throws when the backup fails: the import is then refused.
 */
export async function backupBeforeImport(deps: CoreDeps): Promise<TakenBackup | null> {
  if (!isTheRegisterFile(deps) || !(await officeExists(deps))) return null;
  const seq = currentLocalSeq(deps);
  const zone = await officeZoneOf(deps);
  const last = listBackupsIn(deps.paths.backups, zone).find((b) => b.kind === 'pra-impor');
  if (last && seq !== null && readSidecar(last.path)?.localSeq === seq) return null;
  return createLocalBackup(deps, 'pra-impor');
}
