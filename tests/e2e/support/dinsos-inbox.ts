// Run with Node (not Playwright): a Dinsos data directory whose inbox holds one large bundle from each of several
// kecamatan (CLI init + demo-data, trusted both ways), numbered in import order. Prints the JSON of `Prepared`.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cli, dbFile, initOffice, trustDirectly } from '../../support/cli-offices.ts';
import { openRegisterFile } from '../../support/raw-db.ts';

export interface Prepared {
  /** The Dinsos data directory (its admin is `admin` with the password given). */
  dinsos: string;
  /** The inbox bundles, in the order the run takes them. */
  bundles: string[];
  /** A resident of the first bundle, to search for at Dinsos once it is applied. */
  firstResident: string;
}

async function ok(run: Promise<{ code: number; out: string; err: string }>): Promise<string> {
  const r = await run;
  if (r.code !== 0) throw new Error(r.err || r.out);
  return r.out;
}

async function prepare(
  root: string,
  password: string,
  regions: string[],
  persons: number,
): Promise<Prepared> {
  const pw = join(root, 'pw.txt');
  writeFileSync(pw, `${password}\n`, { mode: 0o600 });
  const dinsos = join(root, 'dinsos');
  await ok(initOffice(dinsos, 'dinsos', '33.01', pw));
  const inbox = join(dinsos, 'inbox');
  mkdirSync(inbox, { recursive: true });
  const bundles: string[] = [];
  let firstResident = '';
  for (const [i, region] of regions.entries()) {
    const kec = join(root, `kec-${region}`);
    await ok(initOffice(kec, 'kecamatan', region, pw));
    trustDirectly(kec, dinsos);
    trustDirectly(dinsos, kec);
    await ok(cli('demo-data', '--data-dir', kec, '--persons', String(persons), '--seed', `e2e-${region}`));
    const out = join(root, `out-${region}`);
    mkdirSync(out);
    const file = /^(\S+\.pksb)/m.exec(
      await ok(cli('bundle', 'export', '--data-dir', kec, '--out-dir', out)),
    )?.[1];
    if (!file) throw new Error(`${region}: nothing exported`);
    // Zero-padded so the run's name order is the kecamatan order.
    const name = `${String(i + 1).padStart(2, '0')}-${basename(file)}`;
    copyFileSync(file, join(inbox, name));
    bundles.push(name);
    if (i === 0) {
      const db = openRegisterFile(dbFile(kec), { readonly: true });
      const row = db.prepare('select name from persons order by name limit 1').get() as { name: string };
      db.close();
      firstResident = row.name;
    }
  }
  return { dinsos, bundles, firstResident };
}

const [root, password, regions, persons] = process.argv.slice(2);
if (!root || !password || !regions || !persons)
  throw new Error('usage: ROOT PASSWORD REGION,REGION,… PERSONS');
process.stdout.write(
  `${JSON.stringify(await prepare(root, password, regions.split(','), Number(persons)))}\n`,
);
