// Every CLI command leaves an audit entry like the UI's: the system (cli) account, a stable action, a short note.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../../electron/cli/run.ts';
import { cli, dbFile, initOffice, passwordFile } from '../../support/cli-offices.ts';
import { MAPPING, PERSON_HEADERS, writeXlsx } from '../../support/imports.ts';
import { makeNik, makeNoKk } from '../../support/persons.ts';
import { openRegisterFile } from '../../support/raw-db.ts';
import { removeTempDirs, tempDir } from '../../support/register.ts';
import { writeRelease } from '../../support/update-release.ts';
import { CASES, ctx } from './audited-cases.ts';

interface Entry {
  id: number;
  username: string;
  role: string;
  device: string;
  action: string;
  outcome: string;
  detail: string | null;
}

const entriesAfter = (dir: string, after: number): Entry[] => {
  const db = openRegisterFile(dbFile(dir), { readonly: true });
  try {
    return db
      .prepare(
        'select id, username, role, device, action, outcome, detail from audit_log where id > ? order by id',
      )
      .all(after) as Entry[];
  } finally {
    db.close();
  }
};

const lastId = (dir: string): number => entriesAfter(dir, 0).at(-1)?.id ?? 0;

beforeAll(async () => {
  ctx.root = tempDir('puskesos-cli-audited-');
  ctx.files.pw = passwordFile(ctx.root);
  ctx.kec = join(ctx.root, 'kecamatan');
  ctx.dinsos = join(ctx.root, 'dinsos');
  expect((await initOffice(ctx.dinsos, 'dinsos', '33.01', ctx.files.pw)).code).toBe(0);
  ctx.files.mapping = join(ctx.root, 'pemetaan.json');
  writeFileSync(ctx.files.mapping, JSON.stringify(MAPPING));
  ctx.files.xlsx = await writeXlsx({
    Warga: [
      PERSON_HEADERS,
      [
        '1',
        makeNik('1985-04-12', 'L', 1),
        makeNoKk(900),
        'Joko Sintetis',
        'L',
        '12/04/1985',
        'Kepala Keluarga',
        'Jl. Uji 9',
        '003',
        '004',
        'Tritih Wetan',
      ],
    ],
  });
  writeRelease(join(ctx.root, 'rilis'), '0.2.0');
}, 60_000);
afterAll(() => removeTempDirs());

describe('every CLI command is audited as the system (cli) account', () => {
  it('has a case for every command', () => {
    const covered = new Set(CASES.map((c) => c.name.split(' ')[0]));
    expect(COMMAND_NAMES.filter((n) => !covered.has(n))).toEqual([]);
  });

  for (const c of CASES) {
    it(`puskesos ${c.name} → ${c.action}`, async () => {
      const before = c.name === 'init' || c.replaced ? 0 : lastId(c.dir());
      const argv = c.argv();
      const r = await cli(...argv);
      expect(r.code, r.err).toBe(c.code ?? 0);
      c.after?.(r);
      const mine = entriesAfter(c.dir(), before).filter((e) => e.action === c.action);
      expect(mine.length, JSON.stringify(entriesAfter(c.dir(), before))).toBeGreaterThanOrEqual(1);
      const e = mine.at(-1);
      expect(e).toMatchObject({
        username: 'system (cli)',
        role: 'system',
        device: expect.stringMatching(/ \(cli\)$/),
      });
      const failed = c.code === 1 && c.action !== 'sync.importRun';
      expect(e?.outcome).toBe(failed ? 'gagal' : 'ok');
      if (c.detail) expect(e?.detail ?? '').toMatch(c.detail);
    });
  }

  it('never names a resident in a note', () => {
    const db = openRegisterFile(dbFile(ctx.kec), { readonly: true });
    try {
      const names = db.prepare('select name from persons').pluck().all() as string[];
      const notes = db
        .prepare("select detail from audit_log where username = 'system (cli)' and detail is not null")
        .pluck()
        .all() as string[];
      expect(names.length).toBeGreaterThan(0);
      expect(notes.length).toBeGreaterThan(5);
      for (const n of notes) for (const name of names) expect(n).not.toContain(name);
    } finally {
      db.close();
    }
  });
});
