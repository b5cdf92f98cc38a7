// Staging a bundle into the inbox: temp name then rename, the cap, a short body, bad names, picked files, leftovers.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import {
  removeLeftoverUploads,
  stageBundle,
  StagingError,
  stagePickedFiles,
} from '../../../../electron/core/sync/staging.ts';
import { removeTempDirs, tempDir } from '../../../support/register.ts';

afterAll(() => removeTempDirs());

const NAME = '33.01.08_00000001_to_00000002_000001_20260302.pksb';
const inboxOf = (dir: string): string[] => readdirSync(join(dir, 'inbox')).sort();

/** A stream of `count` chunks of `size` bytes, made as read. */
const chunks = (count: number, size: number): Readable =>
  Readable.from(
    (function* () {
      for (let i = 0; i < count; i++) yield Buffer.alloc(size, i);
    })(),
  );

const failure = async (p: Promise<unknown>): Promise<StagingError> => {
  try {
    await p;
  } catch (err) {
    if (err instanceof StagingError) return err;
    throw err;
  }
  throw new Error('expected a StagingError');
};

describe('stageBundle', () => {
  it('writes the bytes under the bundle name, with size and SHA-256, replacing a bundle of that name', async () => {
    const dir = tempDir();
    const bytes = Buffer.concat([Buffer.alloc(1000, 1), Buffer.alloc(1000, 2)]);
    const first = await stageBundle(dir, NAME, Readable.from([Buffer.from('lama')]));
    expect(first.bytes).toBe(4);
    const staged = await stageBundle(
      dir,
      NAME,
      Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]),
      {
        expectedBytes: 2000,
      },
    );
    expect(staged).toEqual({
      fileName: NAME,
      bytes: 2000,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    expect(inboxOf(dir)).toEqual([NAME]);
    expect(readFileSync(join(dir, 'inbox', NAME)).equals(bytes)).toBe(true);
  });

  it('stops at the cap mid-stream and leaves neither the bundle nor its temporary file', async () => {
    const dir = tempDir();
    const err = await failure(stageBundle(dir, NAME, chunks(10, 1024), { maxBytes: 4096 }));
    expect(err.kind).toBe('terlalu_besar');
    expect(err.message).toContain('melebihi batas');
    expect(inboxOf(dir)).toEqual([]);
    // Announced above the cap: refused before anything is written.
    const announced = await failure(
      stageBundle(dir, NAME, chunks(1, 10), { maxBytes: 4096, expectedBytes: 5000 }),
    );
    expect(announced.kind).toBe('terlalu_besar');
    expect(inboxOf(dir)).toEqual([]);
  });

  it('treats fewer bytes than announced, or a broken stream, as cut short', async () => {
    const dir = tempDir();
    const short = await failure(stageBundle(dir, NAME, chunks(2, 100), { expectedBytes: 1000 }));
    expect(short.kind).toBe('terputus');
    const broken = new Readable({ read() {} });
    const pending = stageBundle(dir, NAME, broken);
    broken.push(Buffer.alloc(100));
    setTimeout(() => broken.destroy(new Error('socket closed')), 20);
    expect((await failure(pending)).message).toContain('terputus');
    expect(inboxOf(dir)).toEqual([]);
  });

  it('refuses a name with a folder, a hidden name, or one that is not a bundle, before writing', async () => {
    const dir = tempDir();
    for (const bad of ['../keys.json', '../../x.pksb', '.rahasia.pksb', 'a/b.pksb', 'laporan.xlsx', '']) {
      expect((await failure(stageBundle(dir, bad, chunks(1, 10)))).kind).toBe('nama');
    }
  });
});

describe('stagePickedFiles and leftovers', () => {
  it('copies the permitted files, reports the refused and unreadable ones by name', async () => {
    const dir = tempDir();
    const stick = tempDir();
    const ok = join(stick, NAME);
    const other = join(stick, '33.01.09_00000001_to_00000002_000001_20260302.pksb');
    writeFileSync(ok, 'isi paket');
    writeFileSync(other, 'paket lain');
    const picked = await stagePickedFiles(dir, [ok, other, join(stick, 'hilang.pksb')], async (fileName) =>
      fileName === NAME ? { ok: true } : { ok: false, message: 'Anda tidak berhak mengimpor.' },
    );
    expect(picked.staged.map((s) => [s.fileName, s.bytes])).toEqual([[NAME, 9]]);
    expect(picked.refused).toEqual([
      {
        fileName: '33.01.09_00000001_to_00000002_000001_20260302.pksb',
        message: 'Anda tidak berhak mengimpor.',
      },
      { fileName: 'hilang.pksb', message: 'Berkas tidak dapat dibaca.' },
    ]);
    expect(inboxOf(dir)).toEqual([NAME]);
  });

  it('removes temporary files an interrupted upload left, and nothing else', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'inbox'));
    writeFileSync(join(dir, 'inbox', '.unggah-0190a000-0000-7000-8000-000000000000.tmp'), 'separuh');
    writeFileSync(join(dir, 'inbox', NAME), 'utuh');
    expect(await removeLeftoverUploads(dir)).toBe(1);
    expect(inboxOf(dir)).toEqual([NAME]);
  });
});
