// A backup's copy on its own worker thread: the caller's event loop stays free, the growing copy is reported in
// bytes, the copy is the encrypted register, and a cancel during the copy leaves no file.
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeBackup } from '../../../../electron/core/backup/take.ts';
import { vacuumCopy } from '../../../../electron/core/backup/vacuum-copy.ts';
import { inspectSqlite } from '../../../../electron/core/backup/verify.ts';
import { createControl, OperationCancelled } from '../../../../electron/core/operations/control.ts';
import { openSetUpOffice, tempDir, type TestOffice } from '../../../support/register.ts';

let office: TestOffice;

beforeAll(async () => {
  office = await openSetUpOffice();
  // About 20 MB of padding, so the copy lasts more than a few turns of the event loop.
  office.register.deps.sqlite.exec(`
    create table uji_isi (b blob);
    with recursive n(i) as (select 1 union all select i + 1 from n where i < 5000)
    insert into uji_isi select randomblob(4096) from n;
  `);
}, 60_000);
afterAll(async () => office.dispose());

describe('vacuumCopy with a control', () => {
  it('runs off this thread and reports the growing copy up to its size, in bytes of the register', async () => {
    const { sqlite, dbKeys } = office.register.deps;
    const into = join(tempDir(), 'salinan.sqlite');
    const total =
      Number(sqlite.pragma('page_count', { simple: true })) *
      Number(sqlite.pragma('page_size', { simple: true }));
    const seen: [number, number][] = [];
    let turns = 0;
    const ticker = setInterval(() => turns++, 1);
    try {
      await vacuumCopy(
        { sqlite, keys: dbKeys, into, pollMs: 5, onProgress: (done, all) => seen.push([done, all]) },
        createControl(() => undefined),
      );
    } finally {
      clearInterval(ticker);
    }
    // The event loop went on while the copy was written (an inline VACUUM INTO would hold it to the end).
    expect(turns).toBeGreaterThan(0);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(new Set(seen.map(([, all]) => all))).toEqual(new Set([total]));
    const done = seen.map(([d]) => d);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBe(statSync(into).size);
    // The copy is the register, encrypted with its key, and whole.
    expect(inspectSqlite(into, dbKeys).integrity).toBe('ok');
  });

  it('a cancel during the copy stops it and the backup leaves no file behind, not even a temporary one', async () => {
    const dir = join(office.dataDir, 'backups');
    mkdirSync(dir, { recursive: true });
    const before = readdirSync(dir).sort();
    const control = createControl((p) => {
      if (p.phase === 'salin') control.cancel();
    });
    const { deps } = office.register;
    await expect(
      takeBackup(deps.sqlite, { dir, kind: 'manual', now: deps.now, keys: deps.dbKeys }, control),
    ).rejects.toBeInstanceOf(OperationCancelled);
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});
