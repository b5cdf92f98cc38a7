// CLI test scaffolding: run the CLI in-process, set offices up with `init`, and trust peers directly.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openRegisterFile } from './raw-db.ts';
import { runCli } from '../../electron/cli/run.ts';

export interface Run {
  code: number;
  out: string;
  err: string;
}

/** The CLI in this process, its output captured line by line. */
export async function cli(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Writes the admin password file the offices below are initialised with, and returns its path. */
export function passwordFile(dir: string): string {
  const pw = join(dir, 'pw.txt');
  writeFileSync(pw, 'kata-sandi-uji-123\n');
  return pw;
}

/** `puskesos init` of an office of `type` in `region`, named after the region unless `name` is given. */
export const initOffice = (
  dir: string,
  type: string,
  region: string,
  pwFile: string,
  name = `Kantor ${region}`,
): Promise<Run> =>
  cli(
    'init',
    '--data-dir',
    dir,
    '--office-type',
    type,
    '--region',
    region,
    '--name',
    name,
    '--admin',
    'admin',
    '--admin-password-file',
    pwFile,
  );

export const dbFile = (dir: string): string => join(dir, 'puskesos.sqlite');

/** `at` trusts `of`: the trusted_keys and sync_peers rows enrollment and the network file would write. */
export function trustDirectly(at: string, of: string): void {
  const a = openRegisterFile(dbFile(at));
  const o = openRegisterFile(dbFile(of), { readonly: true });
  const row = o
    .prepare(`select o.* from offices o join meta m on m.key = 'office_id' and m.value = o.id`)
    .get() as Record<string, string>;
  a.prepare(
    `insert into trusted_keys values (?, ?, ?, ?, ?, ?, ?, 'active', '2026-03-01T00:00:00.000Z', null)`,
  ).run(
    row.fingerprint,
    row.id,
    row.type,
    row.region_code,
    row.name,
    row.sign_public_key,
    row.box_public_key,
  );
  a.prepare(`insert into sync_peers (office_id) values (?) on conflict do nothing`).run(row.id);
  a.close();
  o.close();
}
