// Desa names as written in office spreadsheets resolved to Kemendagri codes within the office's area, with fuzzy matching.
import { levelOfCode, listRegions } from '../regions/regions.ts';
import type { Region } from '../../../shared/types/office.ts';
import { DESA_AS_ERROR, type DesaChoice } from '../../../shared/types/imports.ts';

/** Lower case letters and digits only, without the "Ds." / "Desa" / "Kel." prefix: `Ds. Tritih Wetan` → `tritihwetan`. */
export const compactName = (name: string): string =>
  name
    .toLowerCase()
    .replace(/^\s*(desa|ds|kelurahan|kel|kel\.|ds\.)[\s.]+/, '')
    .replace(/[^a-z0-9]/g, '');

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

/** The desa (and kelurahan) of the office's area: a desa office its own, a kecamatan its desa, a kabupaten all of them. */
export async function desaOfArea(regionCode: string): Promise<Region[]> {
  const level = levelOfCode(regionCode);
  if (level === 'desa')
    return (await listRegions('desa', regionCode.slice(0, regionCode.lastIndexOf('.')))).filter(
      (r) => r.code === regionCode,
    );
  if (level === 'kecamatan') return listRegions('desa', regionCode);
  if (level === 'kabkota') {
    const kec = await listRegions('kecamatan', regionCode);
    return (await Promise.all(kec.map((k) => listRegions('desa', k.code)))).flat();
  }
  return [];
}

export interface DesaResolver {
  /** The desa code for a written name, or null when it does not resolve (unknown or ambiguous). */
  resolve(written: string): string | null;
}

/**
 * Exact compact match first (`TRITIH WETAN`, `Tritihwetan`, `Ds. Tritih Wetan`), then the remembered
 * choices of the template, then one unique nearest name within a small edit distance (typos).
 */
export function desaResolver(area: readonly Region[], remembered: Record<string, string> = {}): DesaResolver {
  const byCompact = new Map<string, string[]>();
  for (const r of area) {
    const k = compactName(r.name);
    byCompact.set(k, [...(byCompact.get(k) ?? []), r.code]);
  }
  const codes = new Set(area.map((r) => r.code));
  const cache = new Map<string, string | null>();
  const resolve = (written: string): string | null => {
    const k = compactName(written);
    if (k === '') return null;
    if (codes.has(written.trim())) return written.trim();
    const rememberedCode = remembered[k];
    if (rememberedCode && codes.has(rememberedCode)) return rememberedCode;
    const exact = byCompact.get(k);
    if (exact) return exact.length === 1 ? (exact[0] ?? null) : null;
    const limit = k.length >= 8 ? 2 : 1;
    let best: string | null = null;
    let bestD = Infinity;
    let tie = false;
    for (const [name, list] of byCompact) {
      const d = distance(k, name);
      if (d < bestD) [best, bestD, tie] = [list.length === 1 ? (list[0] ?? null) : null, d, false];
      else if (d === bestD) tie = true;
    }
    return bestD <= limit && !tie ? best : null;
  };
  return {
    resolve(written) {
      if (!cache.has(written)) cache.set(written, resolve(written));
      return cache.get(written) ?? null;
    },
  };
}

/** Counts the rows of each desa name that is unresolved or resolved by the clerk's hand (`desaNames`). */
export class DesaChoices {
  private readonly byKey = new Map<string, DesaChoice>();
  private readonly codes: Set<string>;
  private readonly chosen: Record<string, string>;
  constructor(area: readonly Region[], chosen: Record<string, string>) {
    this.codes = new Set(area.map((r) => r.code));
    this.chosen = chosen;
  }
  /** The clerk's standing choice for the name: a code of the area, DESA_AS_ERROR, or null. */
  private choiceOf(key: string): string | null {
    const c = this.chosen[key];
    return c !== undefined && (c === DESA_AS_ERROR || this.codes.has(c)) ? c : null;
  }
  leftAsError(written: string): boolean {
    return this.choiceOf(compactName(written)) === DESA_AS_ERROR;
  }
  count(written: string, code: string | null): void {
    const key = compactName(written);
    const chosen = this.choiceOf(key);
    // A name resolved without the clerk (exact, near or a code) needs no choice.
    if (code !== null && chosen !== code) return;
    const c = this.byKey.get(key);
    if (c) c.rows++;
    else this.byKey.set(key, { written: written.trim(), key, rows: 1, chosen });
  }
  list(): DesaChoice[] {
    return [...this.byKey.values()];
  }
}
