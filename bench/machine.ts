// Describes the machine a run was measured on: CPU model and cores, RAM, disk, OS, Node version.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  disk: string;
  os: string;
  node: string;
}

function osName(): string {
  if (existsSync('/etc/os-release')) {
    const m = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (m?.[1]) return `${m[1]} (Linux ${release()})`;
  }
  return `${process.platform} ${release()}`;
}

/** The device and size of the filesystem holding `dir` (df), and whether it is rotational (lsblk), if known. */
function diskOf(dir: string): string {
  try {
    const line = execFileSync('df', ['-h', '--output=source,size,fstype', dir], { encoding: 'utf8' })
      .trim()
      .split('\n')[1];
    const [source, size, fstype] = (line ?? '').trim().split(/\s+/);
    let kind = '';
    try {
      const rota = execFileSync('lsblk', ['-ndo', 'ROTA', source ?? ''], { encoding: 'utf8' }).trim();
      kind = rota === '0' ? ', non-rotational' : rota === '1' ? ', rotational' : '';
    } catch {
      kind = '';
    }
    return `${source ?? '?'} ${size ?? '?'} ${fstype ?? ''}${kind}`.trim();
  } catch {
    return 'unknown';
  }
}

export function machine(dataDir: string): Machine {
  const c = cpus();
  return {
    cpu: c[0]?.model.trim() ?? 'unknown',
    cores: c.length,
    ramGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    disk: diskOf(dataDir),
    os: osName(),
    node: process.version,
  };
}
