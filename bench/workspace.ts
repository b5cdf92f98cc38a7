// The run's scratch directory: copies of cached registers to work on, removed at the end unless --keep.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Workspace {
  dir: string;
  /** A copy of a data directory (a register closed cleanly: no lock, WAL checkpointed) under `name`. */
  copy(from: string, name: string): string;
  sub(name: string): string;
  remove(): void;
}

export function workspace(base = tmpdir()): Workspace {
  const dir = mkdtempSync(join(base, 'puskesos-bench-run-'));
  return {
    dir,
    copy: (from, name) => {
      const to = join(dir, name);
      cpSync(from, to, { recursive: true });
      return to;
    },
    sub: (name) => {
      const to = join(dir, name);
      mkdirSync(to, { recursive: true });
      return to;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
