// The desktop dialog's staging of a picked spreadsheet: copied by path into impor/ under a bare name after the permit.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importStagingDir, stagePickedImport } from '../../../../electron/core/imports/staging.ts';
import type { StagePermit } from '../../../../electron/core/sync/staging.ts';
import { removeTempDirs, tempDir } from '../../../support/register.ts';

afterAll(removeTempDirs);

const allow: StagePermit = () => Promise.resolve({ ok: true });

describe('stagePickedImport', () => {
  it('copies the picked file whole under the name the screen would use, asking the permit with its size', async () => {
    const dataDir = tempDir();
    const picked = join(tempDir(), 'Data Warga #Mei.xlsx');
    writeFileSync(picked, Buffer.alloc(70_000, 7));
    const asked: [string, number][] = [];
    const staged = await stagePickedImport(dataDir, picked, (name, bytes) => {
      asked.push([name, bytes]);
      return allow(name, bytes);
    });
    expect(asked).toEqual([['Data Warga -Mei.xlsx', 70_000]]);
    expect(staged).toMatchObject({ fileName: 'Data Warga -Mei.xlsx', bytes: 70_000 });
    expect(readFileSync(join(importStagingDir(dataDir), 'Data Warga -Mei.xlsx'))).toEqual(
      readFileSync(picked),
    );
    expect(readdirSync(importStagingDir(dataDir))).toEqual(['Data Warga -Mei.xlsx']);
  });

  it('refuses what the permit refuses and a file that is not .xlsx/.csv, writing nothing', async () => {
    const dataDir = tempDir();
    const picked = join(tempDir(), 'warga.csv');
    writeFileSync(picked, 'NIK;NAMA\n');
    await expect(
      stagePickedImport(dataDir, picked, () =>
        Promise.resolve({ ok: false, message: 'Anda tidak berwenang melakukan ini.' }),
      ),
    ).rejects.toThrow('Anda tidak berwenang melakukan ini.');
    const doc = join(tempDir(), 'warga.ods');
    writeFileSync(doc, 'x');
    await expect(stagePickedImport(dataDir, doc, allow)).rejects.toThrow(/\.xlsx atau \.csv/);
    expect(existsSync(importStagingDir(dataDir))).toBe(false);
  });
});
