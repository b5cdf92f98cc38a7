// Application version comparison (semantic versions MAJOR.MINOR.PATCH with an optional pre-release tag).

export interface ParsedVersion {
  major: number;
  minor: number;
  patch: number;
  /** Dot-separated pre-release identifiers (`1.2.0-beta.2` → ['beta', '2']); empty for a release. */
  pre: string[];
}

const SEMVER =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/;

/** Null for anything that is not a semantic version. */
export function parseVersion(text: string): ParsedVersion | null {
  const m = SEMVER.exec(text.trim());
  if (!m) return null;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), pre: m[4] ? m[4].split('.') : [] };
}

export const isVersion = (text: string): boolean => parseVersion(text) !== null;

const NUMERIC = /^\d+$/;

function comparePre(a: string[], b: string[]): number {
  // A release ranks above any of its pre-releases (1.0.0 > 1.0.0-rc.1).
  if (a.length === 0 || b.length === 0) return b.length - a.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const xn = NUMERIC.test(x);
    const yn = NUMERIC.test(y);
    if (xn && yn) return Number(x) - Number(y);
    if (xn !== yn) return xn ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** Negative when a < b, 0 when equal in precedence, positive when a > b (semver 2.0 precedence; build metadata ignored). */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  if (!x || !y) throw new Error(`Bukan nomor versi: ${!x ? a : b}`);
  return x.major - y.major || x.minor - y.minor || x.patch - y.patch || comparePre(x.pre, y.pre);
}

export const isNewer = (candidate: string, running: string): boolean =>
  compareVersions(candidate, running) > 0;
