// Folder transport (USB stick or a synced folder): copy under a temporary name, then rename into place.
import { copyFile, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  DONE,
  INBOX,
  REFUSED,
  TransportError,
  isBundleName,
  type IncomingFile,
  type Transport,
} from './transport.ts';

const missingRoot = (root: string): TransportError =>
  new TransportError(
    'NOT_FOUND',
    `Folder sinkronisasi ${root} tidak ditemukan (flashdisk belum dipasang?); akan dicoba lagi.`,
    true,
  );

const ioError = (what: string, err: unknown): TransportError =>
  new TransportError('IO', `${what}: ${(err as Error).message}`, true);

/** Copies `from` to `dir/name` through a hidden temporary name, flushed to disk before the rename. */
async function copyInto(from: string, dir: string, name: string): Promise<string> {
  const tmp = join(dir, `.${name}.${process.pid}.tmp`);
  const final = join(dir, name);
  try {
    await copyFile(from, tmp);
    const fh = await open(tmp, 'r+');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, final);
    return final;
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

export function createFolderTransport(root: string, ownMailbox: string): Transport {
  const inbox = join(root, ownMailbox, INBOX);
  const checkRoot = (): void => {
    if (!existsSync(root)) throw missingRoot(root);
  };
  return {
    label: `folder ${root}`,

    async send(localFile, mailbox) {
      checkRoot();
      const dir = join(root, mailbox, INBOX);
      try {
        await mkdir(dir, { recursive: true });
        await copyInto(localFile, dir, basename(localFile));
      } catch (err) {
        throw ioError(`Gagal menyalin paket ke ${dir}`, err);
      }
    },

    async list() {
      checkRoot();
      if (!existsSync(inbox)) return [];
      const out: IncomingFile[] = [];
      for (const e of await readdir(inbox, { withFileTypes: true })) {
        if (!e.isFile() || !isBundleName(e.name)) continue;
        out.push({ name: e.name, size: (await stat(join(inbox, e.name))).size });
      }
      return out.sort((a, b) => a.name.localeCompare(b.name));
    },

    async fetch(name, localDir) {
      if (!isBundleName(name)) throw new TransportError('IO', `Nama paket tidak valid: ${name}`, false);
      checkRoot();
      try {
        await mkdir(localDir, { recursive: true });
        return await copyInto(join(inbox, name), localDir, name);
      } catch (err) {
        throw ioError(`Gagal membaca paket ${name}`, err);
      }
    },

    async markDone(name, refused = false) {
      if (!isBundleName(name)) throw new TransportError('IO', `Nama paket tidak valid: ${name}`, false);
      checkRoot();
      const dir = join(inbox, refused ? REFUSED : DONE);
      try {
        await mkdir(dir, { recursive: true });
        await rename(join(inbox, name), join(dir, name));
      } catch (err) {
        throw ioError(`Gagal memindahkan paket ${name}`, err);
      }
    },
  };
}
